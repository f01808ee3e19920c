package org.textlens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code --input-format csv} and {@code tsv}: RFC 4180 with a header row naming the columns, the
 * fields separated by commas or by tabs. Records are cut first ({@link CsvRecords}) and parsed one
 * by one, so a malformed record, or one whose number of fields differs from the header's, is a bad
 * record: it is reported with its line and skipped under {@code --keep-going}, and the records
 * after it are read.
 */
final class CsvReader implements FormatReader {
    private static final int NAMES_SHOWN = 12;

    private final RecordFields fields;
    private final CSVFormat header;
    private final CSVFormat row;
    private final char delimiter;
    private final String name;

    CsvReader(RecordFields fields, char delimiter) {
        this.fields = fields;
        this.delimiter = delimiter;
        this.row = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        this.header = row.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        this.name = delimiter == '\t' ? "TSV" : "CSV";
    }

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        CsvRecords records = new CsvRecords(input.reader(), delimiter);
        CsvRecords.Raw first = records.next();
        if (first == null) {
            return;
        }
        Map<String, Integer> columns;
        List<String> names;
        try (CSVParser parser = CSVParser.parse(first.text(), header)) {
            columns = parser.getHeaderMap();
            names = parser.getHeaderNames();
        } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(1),
                "bad " + name + " header: " + Excerpt.of(rootMessage(e)), "the first row must name the columns"));
            return;
        }
        String textField = fields.settings().textField();
        if (!columns.isEmpty() && !columns.containsKey(textField)) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(1),
                "no column '" + Excerpt.of(textField) + "' (columns: " + shown(names) + ")",
                "name the column that holds the text with --text-field"));
            return;
        }
        for (CsvRecords.Raw raw; (raw = records.next()) != null; ) {
            if (raw.unclosedQuote()) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(raw.firstLine()),
                    "a quoted field opened in this record is never closed, so lines " + raw.firstLine() + "-" + raw.lastLine()
                        + " (the rest of the input) could not be read",
                    "close the quote, and double any quote inside a quoted field (\"\")"));
                return;
            }
            CSVRecord record;
            try (CSVParser parser = CSVParser.parse(raw.text(), row)) {
                List<CSVRecord> parsed = parser.getRecords();
                record = parsed.isEmpty() ? null : parsed.get(0);
            } catch (UncheckedIOException | IllegalStateException | IOException e) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(raw.firstLine()),
                    "malformed " + name + ": " + Excerpt.of(rootMessage(e).replaceAll(" at line: \\d+, position: \\d+", "")),
                    "check quoting: fields with " + (name.equals("TSV") ? "tabs" : "commas") + ", quotes or line breaks must be quoted"));
                continue;
            }
            int size = record == null ? 0 : record.size();
            if (!names.isEmpty() && size != names.size()) {
                fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(raw.firstLine()),
                    "row has " + size + " field(s), the header " + names.size(),
                    "every row needs one field per column; quote fields that contain the delimiter"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            if (record != null) {
                columns.forEach((k, i) -> {
                    if (k != null && i < record.size() && record.get(i) != null) {
                        values.put(k, record.get(i));
                    }
                });
            }
            fields.toDocument(source, raw.lastLine(), values).ifPresent(sink);
        }
    }

    private static String shown(List<String> names) {
        String list = names.stream().limit(NAMES_SHOWN).map(Excerpt::of).collect(Collectors.joining(", "));
        return names.size() > NAMES_SHOWN ? list + " and " + (names.size() - NAMES_SHOWN) + " more" : list;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
