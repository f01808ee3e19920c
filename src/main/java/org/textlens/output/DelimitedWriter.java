package org.textlens.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV (RFC 4180 quoting through Commons CSV, LF line ends for Unix pipelines) and TSV (no quoting;
 * tab, newline, carriage return and backslash inside a value escaped as {@code \t \n \r \\}, as
 * jq's {@code @tsv} does), each with a header row.
 */
final class DelimitedWriter extends RowWriter {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
        .setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

    private final Writer out;
    private final CSVPrinter csv; // null for TSV

    private DelimitedWriter(OutputStream stream, Schema schema, boolean isCsv) throws IOException {
        super(schema);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.csv = isCsv ? new CSVPrinter(out, CSV) : null;
        writeFields(schema.names());
    }

    static DelimitedWriter csv(OutputStream out, Schema schema) throws IOException {
        return new DelimitedWriter(out, schema, true);
    }

    static DelimitedWriter tsv(OutputStream out, Schema schema) throws IOException {
        return new DelimitedWriter(out, schema, false);
    }

    @Override
    public void write(Row row) throws IOException {
        checkWidth(row);
        List<Object> values = row.values();
        List<String> fields = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            fields.add(text(i, values.get(i)).orElse(""));
        }
        writeFields(fields);
    }

    private void writeFields(List<String> fields) throws IOException {
        if (csv != null) {
            csv.printRecord(fields);
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(escapeTsv(fields.get(i)));
        }
        out.write('\n');
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
