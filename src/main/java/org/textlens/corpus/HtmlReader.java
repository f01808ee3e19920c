package org.textlens.corpus;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code --input-format html}: a file is one web page, and its article (if it has one) one document
 * named by its path. Pages are extracted as {@link Pages} schedules them; the reader of the inputs
 * calls {@link Pages#finish} after the last one.
 */
record HtmlReader(Pages pages) implements FormatReader {
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        byte[] bytes = input.readBytes(Pages.MAX_PAGE_BYTES);
        pages.submit(new Pages.Page(source.name(), source.name(), bytes, bytes.length, Optional.empty(), Optional.empty(), Optional.empty()),
            sink);
    }
}
