package org.textlens.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@code --input-format csv}: RFC 4180 with a header row naming the columns. */
final class CsvReader implements FormatReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();

    private final RecordFields fields;

    CsvReader(RecordFields fields) {
        this.fields = fields;
    }

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        Reader reader = input.reader();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(1),
                "bad CSV header: " + e.getMessage(), "the first row must name the columns"));
            return;
        }
        String textField = fields.settings().textField();
        if (!parser.getHeaderMap().isEmpty() && !parser.getHeaderMap().containsKey(textField)) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(1),
                "no column '" + textField + "' (columns: " + String.join(", ", parser.getHeaderNames()) + ")",
                "name the column that holds the text with --text-field"));
            return;
        }
        var records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(parser.getCurrentLineNumber()),
                    "malformed CSV: " + rootMessage(e), "check quoting: fields with commas, quotes or line breaks must be quoted"));
                return;
            }
            Map<String, String> values = new HashMap<>();
            record.toMap().forEach((k, v) -> {
                if (k != null && v != null) {
                    values.put(k, v);
                }
            });
            fields.toDocument(source, parser.getCurrentLineNumber(), values).ifPresent(sink);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
