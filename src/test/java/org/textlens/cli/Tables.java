package org.textlens.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads textlens's CSV output back with a real CSV parser. */
public final class Tables {
    private Tables() {
    }

    public static List<CSVRecord> csv(String text) {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> header(String csvText) {
        return List.of(csvText.substring(0, csvText.indexOf('\n')).split(","));
    }

    /** term -> count of a frequency table. */
    public static Map<String, Long> counts(String csvText) {
        return csv(csvText).stream().collect(Collectors.toMap(r -> r.get("term"), r -> Long.parseLong(r.get("count"))));
    }

    public static Optional<CSVRecord> row(String csvText, String column, String value) {
        return csv(csvText).stream().filter(r -> r.get(column).equals(value)).findFirst();
    }
}
