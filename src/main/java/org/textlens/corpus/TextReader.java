package org.textlens.corpus;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/** {@code --input-format text}: the whole input is one document, named as the user gave it. */
record TextReader(InputSettings settings) implements FormatReader {
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        sink.accept(new Document(source.name(), input.readAll(), settings.defaultDate(), Map.of()));
    }
}
