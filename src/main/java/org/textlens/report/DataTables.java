package org.textlens.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.textlens.corpus.InputException;

/**
 * The report's data folder as tables: one CSV file per table (RFC 4180, LF line ends, a header),
 * and {@value #VALUES} holding the single figures as name, value rows. Numbers are written so that
 * they read back exactly: whole numbers as they are, decimals as Java's shortest exact form.
 */
public final class DataTables {
    /** The table of single figures, and the file whose presence marks a folder as report data. */
    public static final String VALUES = "summary.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds a table; {@code rows} hold one text per header column. */
    void table(String file, List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(file, out.toString());
    }

    void value(String name, Object value) {
        values.put(name, String.valueOf(value));
    }

    /** The folder's files, by name, in the order written: the summary first. */
    public Map<String, String> files() {
        Map<String, String> all = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        values.forEach((k, v) -> rows.add(List.of(k, v)));
        DataTables summary = new DataTables();
        summary.table(VALUES, List.of("name", "value"), rows);
        all.putAll(summary.files);
        all.putAll(files);
        return all;
    }

    /** Reads the tables of a data folder back, checking each file's header. */
    static final class Reader {
        private final Path dir;
        private final Map<String, String> values = new LinkedHashMap<>();

        Reader(Path dir) {
            this.dir = dir;
            for (List<String> row : rows(VALUES, List.of("name", "value"))) {
                values.put(row.get(0), row.get(1));
            }
        }

        List<List<String>> rows(String file, List<String> header) {
            Path path = dir.resolve(file);
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new InputException(path.toString(), "no such file in the report data folder",
                    "give the folder that 'textlens report --write-data' or the Spark job's report wrote");
            } catch (IOException e) {
                throw new InputException(path.toString(), "cannot read: " + e.getMessage(), "check the folder's permissions");
            }
            List<List<String>> rows = new ArrayList<>();
            try {
                List<CSVRecord> records = FORMAT.parse(new StringReader(text)).getRecords();
                if (records.isEmpty() || !records.get(0).toList().equals(header)) {
                    throw new InputException(path.toString(), "not a table of report data: the header is not " + String.join(",", header),
                        "write the folder again with this version of textlens");
                }
                for (CSVRecord r : records.subList(1, records.size())) {
                    if (r.size() != header.size()) {
                        throw new InputException(path.toString(), java.util.OptionalLong.of(r.getRecordNumber()), "expected " + header.size() + " fields, found " + r.size(),
                            "write the folder again with textlens");
                    }
                    rows.add(r.toList());
                }
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(path.toString(), "not valid CSV: " + e.getMessage(), "write the folder again with textlens");
            }
            return rows;
        }

        String value(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new InputException(dir.resolve(VALUES).toString(), "no value named '" + name + "'",
                    "write the folder again with this version of textlens");
            }
            return v;
        }

        long count(String name) {
            return parseLong(VALUES, value(name));
        }

        long parseLong(String file, String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new InputException(dir.resolve(file).toString(), "not a whole number: '" + text + "'", "write the folder again with textlens");
            }
        }

        double parseDouble(String file, String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InputException(dir.resolve(file).toString(), "not a number: '" + text + "'", "write the folder again with textlens");
            }
        }

        java.time.LocalDate parseDate(String file, String text) {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException(dir.resolve(file).toString(), "not a date: '" + text + "'", "write the folder again with textlens");
            }
        }
    }
}
