package org.textlens.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV (RFC 4180 quoting through Commons CSV, LF line ends for Unix pipelines) and TSV (no quoting;
 * tab, newline, carriage return and backslash inside a value escaped as {@code \t \n \r \\}, as
 * jq's {@code @tsv} does), each with a header row.
 */
final class DelimitedWriter extends RowWriter {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
        .setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

    private final OutputStream out;
    private final OutputFormat format;
    private final StringBuilder line = new StringBuilder(256);

    private DelimitedWriter(OutputStream stream, Schema schema, OutputFormat format) throws IOException {
        super(schema);
        this.out = new BufferedOutputStream(stream, 1 << 16);
        this.format = format;
        appendFields(line, schema.names(), format == OutputFormat.CSV);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    static DelimitedWriter csv(OutputStream out, Schema schema) throws IOException {
        return new DelimitedWriter(out, schema, OutputFormat.CSV);
    }

    static DelimitedWriter tsv(OutputStream out, Schema schema) throws IOException {
        return new DelimitedWriter(out, schema, OutputFormat.TSV);
    }

    @Override
    public void write(Row row) throws IOException {
        if (row instanceof RenderedRow r) {
            if (r.format() != format) {
                throw new IllegalArgumentException("a row rendered as " + r.format() + " given to a " + format + " writer");
            }
            out.write(r.utf8());
            return;
        }
        line.setLength(0);
        appendRow(line, schema, row, format == OutputFormat.CSV);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes (UTF-8, with the line end) that a CSV or TSV writer of {@code schema} writes for {@code row}. */
    static byte[] utf8Line(Schema schema, Row row, boolean csv) {
        return line(schema, row, csv).getBytes(StandardCharsets.UTF_8);
    }

    /** The line (with its line end) that a CSV or TSV writer of {@code schema} writes for {@code row}. */
    static String line(Schema schema, Row row, boolean csv) {
        StringBuilder b = new StringBuilder(256);
        appendRow(b, schema, row, csv);
        return b.toString();
    }

    private static void appendRow(StringBuilder b, Schema schema, Row row, boolean csv) {
        checkWidth(schema, row);
        List<Object> values = row.values();
        List<String> fields = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            fields.add(text(schema, i, values.get(i)).orElse(""));
        }
        appendFields(b, fields, csv);
    }

    private static void appendFields(StringBuilder b, List<String> fields, boolean csv) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (csv) {
                    appendCsv(b, fields.get(i), i == 0);
                } else {
                    if (i > 0) {
                        b.append('\t');
                    }
                    b.append(escapeTsv(fields.get(i)));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);         // a StringBuilder does not fail
        }
        b.append('\n');
    }

    /**
     * One CSV field, as {@code CSVPrinter.printRecord} prints it field by field. A field that
     * Commons CSV's minimal quoting leaves alone (not empty, not starting with a character up to
     * '#', no comma, quote or line break, not ending in white space or a control character) is
     * appended as it is; any other goes through Commons CSV. Its {@code print} is synchronized on
     * the format, so each thread has its own copy: rows are formatted on several threads at once.
     */
    private static void appendCsv(StringBuilder b, String field, boolean first) throws IOException {
        if (isPlain(field)) {
            if (!first) {
                b.append(',');
            }
            b.append(field);
        } else {
            THREAD_CSV.get().print(field, b, first);
        }
    }

    private static final ThreadLocal<CSVFormat> THREAD_CSV = ThreadLocal.withInitial(() -> CSV.builder().get());

    static boolean isPlain(String field) {
        int n = field.length();
        if (n == 0 || field.charAt(0) <= '#' || field.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    static String escapeTsv(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
