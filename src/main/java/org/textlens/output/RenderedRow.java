package org.textlens.output;

import java.util.List;

/**
 * A row already turned into the exact text its writer writes for it (a CSV or TSV line), made by
 * {@link RowWriter#preparer} on a worker thread and written later, in another order, as is.
 */
record RenderedRow(OutputFormat format, String text) implements Row {
    @Override
    public List<Object> values() {
        throw new UnsupportedOperationException("a rendered row is text, written only by a " + format + " writer");
    }
}
