package org.textlens.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes rows of one schema in one format. Writers know nothing of what rows mean; they stream,
 * so memory does not grow with the output.
 */
public abstract sealed class RowWriter implements AutoCloseable
    permits DelimitedWriter, JsonWriter {

    protected final Schema schema;

    protected RowWriter(Schema schema) {
        this.schema = schema;
    }

    public static RowWriter open(OutputFormat format, OutputStream out, Schema schema, RunInfo info) throws IOException {
        return switch (format) {
            case CSV -> DelimitedWriter.csv(out, schema);
            case TSV -> DelimitedWriter.tsv(out, schema);
            case JSON -> JsonWriter.envelope(out, schema, info);
            case JSONL -> JsonWriter.lines(out, schema);
            case TIMEML -> throw new IllegalArgumentException("TimeML is a document format, not a row format");
        };
    }

    /**
     * A function, safe to call from any thread, that does ahead of time the formatting a writer of
     * {@code format} would do for a row, for rows that are held and written later (sorted, say):
     * CSV and TSV rows become their line in UTF-8, written as is; JSON rows stay as they are, since
     * their text depends on their place in the document. Spreads the formatting over the worker
     * threads and holds one string per row instead of its values.
     */
    public static UnaryOperator<Row> preparer(OutputFormat format, Schema schema) {
        return switch (format) {
            case CSV, TSV -> row -> new RenderedRow(format, DelimitedWriter.utf8Line(schema, row, format == OutputFormat.CSV));
            case JSON, JSONL, TIMEML -> row -> row;
        };
    }

    /**
     * Writes {@code value} (strings, numbers, booleans, lists and maps of these) as one
     * pretty-printed JSON document, as the JSON envelope writes its options; does not close the stream.
     */
    public static void writeJson(OutputStream out, Object value) throws IOException {
        JsonWriter.document(out, value);
    }

    public abstract void write(Row row) throws IOException;

    /** Finishes the document (closing brackets) and flushes; does not close the stream. */
    @Override
    public abstract void close() throws IOException;

    /** The formatted text of column {@code i}, or empty for a missing value. */
    protected Optional<String> text(int i, Object value) {
        return text(schema, i, value);
    }

    static Optional<String> text(Schema schema, int i, Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(v -> schema.columns().get(i).format(v));
        }
        return Optional.of(schema.columns().get(i).format(value));
    }

    protected void checkWidth(Row row) {
        checkWidth(schema, row);
    }

    static void checkWidth(Schema schema, Row row) {
        if (row.values().size() != schema.columns().size()) {
            throw new IllegalArgumentException("row has " + row.values().size() + " values for "
                + schema.columns().size() + " columns: " + row);
        }
    }
}
