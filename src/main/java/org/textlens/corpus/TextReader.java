package org.textlens.corpus;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/** {@code --input-format text}: the whole input is one document, named as the user gave it. */
record TextReader(InputSettings settings) implements FormatReader {
    /** The size of the parts a long UTF-8 text is read in, when the analysis takes parts. */
    static final int PART_BYTES = 1 << 20;

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        sink.accept(document(source, input.readAll()));
    }

    /**
     * A UTF-8 text longer than one part is streamed in parts cut after line breaks; a shorter one,
     * or one in another encoding, is one document as for {@link #read(InputSource, OpenedInput, Consumer)}.
     */
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink, TextParts parts) throws IOException {
        boolean[] started = {false};
        boolean streamed = input.readInParts(PART_BYTES, (text, last) -> {
            parts.part(document(source, text), !started[0], last);
            started[0] = true;
        });
        if (!streamed) {
            read(source, input, sink);
        }
    }

    private Document document(InputSource source, String text) {
        return new Document(source.name(), text, settings.defaultDate(), Map.of());
    }
}
