package org.textlens.corpus;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code --input-format lines}: each non-blank line is a document with id {@code FILE:LINE}. */
record LinesReader(InputSettings settings) implements FormatReader, LineFormat {
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        input.lines().forEachNonBlank((number, line) -> document(source, number, line).ifPresent(sink));
    }

    @Override
    public Optional<Document> document(InputSource source, long number, String line) {
        return Optional.of(new Document(source.name() + ":" + number, line, settings.defaultDate(), Map.of()));
    }
}
