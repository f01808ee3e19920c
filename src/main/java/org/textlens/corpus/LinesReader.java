package org.textlens.corpus;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/** {@code --input-format lines}: each non-blank line is a document with id {@code FILE:LINE}. */
record LinesReader(InputSettings settings) implements FormatReader {
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        LineReader lines = input.lines();
        long number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (!line.isBlank()) {
                sink.accept(new Document(source.name() + ":" + number, line, settings.defaultDate(), Map.of()));
            }
        }
    }
}
