package org.textlens.output;

import java.util.List;

/**
 * A row already turned into the exact bytes its writer writes for it (a CSV or TSV line in
 * UTF-8), made by {@link RowWriter#preparer} on a worker thread and written later, in another
 * order, as they are.
 */
record RenderedRow(OutputFormat format, byte[] utf8) implements Row {
    @Override
    public List<Object> values() {
        throw new UnsupportedOperationException("a rendered row is text, written only by a " + format + " writer");
    }
}
