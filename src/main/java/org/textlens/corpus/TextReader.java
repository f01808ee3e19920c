package org.textlens.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.function.Consumer;

/** {@code --input-format text}: the whole input is one document, named as the user gave it. */
record TextReader(InputSettings settings) implements FormatReader {
    @Override
    public void read(InputSource source, Reader reader, Consumer<Document> sink) throws IOException {
        StringBuilder text = new StringBuilder(8192);
        char[] buf = new char[1 << 15];
        for (int n; (n = reader.read(buf)) >= 0; ) {
            text.append(buf, 0, n);
        }
        sink.accept(new Document(source.name(), text.toString(), settings.defaultDate(), Map.of()));
    }
}
