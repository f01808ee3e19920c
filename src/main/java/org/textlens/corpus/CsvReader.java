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

/**
 * {@code --input-format csv} and {@code tsv}: RFC 4180 with a header row naming the columns, the
 * fields separated by commas or by tabs. A row whose number of fields differs from the header's is
 * a bad record: it is reported with its line and skipped under {@code --keep-going}.
 */
final class CsvReader implements FormatReader {
    private final RecordFields fields;
    private final CSVFormat format;
    private final String name;

    CsvReader(RecordFields fields, char delimiter) {
        this.fields = fields;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
            .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        this.name = delimiter == '\t' ? "TSV" : "CSV";
    }

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        Reader reader = input.reader();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(1),
                "bad " + name + " header: " + e.getMessage(), "the first row must name the columns"));
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
            long firstLine = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(parser.getCurrentLineNumber()),
                    "malformed " + name + ": " + rootMessage(e),
                    "check quoting: fields with " + (name.equals("TSV") ? "tabs" : "commas") + ", quotes or line breaks must be quoted"));
                return;
            }
            int columns = parser.getHeaderNames().size();
            if (columns > 0 && record.size() != columns) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(firstLine),
                    "row has " + record.size() + " field(s), the header " + columns,
                    "every row needs one field per column; quote fields that contain the delimiter"));
                continue;
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
