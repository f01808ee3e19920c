package org.textlens.loaded;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.textlens.corpus.InputException;
import org.textlens.lexicon.TsvEntries;

/**
 * Reads loaded-term lexicons: columns {@code term, category, weight, alternative, reason, flags},
 * tab-separated (built-in files, {@code .tsv}) or comma-separated ({@code .csv}; other extensions
 * are sniffed: a tab in the first entry line means TSV). A header line starting with {@code term}
 * is skipped; {@code #} starts a comment line. A malformed line fails with its file and line.
 */
public final class LexiconFile {
    static final String COLUMNS = "term, category, weight, alternative, reason, flags";

    private LexiconFile() {
    }

    /** The entries of a user file. */
    public static List<LexiconEntry> read(Path file) {
        return parse(rows(file));
    }

    /** The entries of a built-in file; an absent resource holds no entries. */
    static List<LexiconEntry> readResource(String resource) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(TsvEntries.readResource(LexiconFile.class, resource));
    }

    private static List<LexiconEntry> parse(List<TsvEntries.Entry> rows) {
        List<LexiconEntry> out = new ArrayList<>(rows.size());
        for (TsvEntries.Entry row : rows) {
            if (out.isEmpty() && isHeader(row)) {
                continue;
            }
            out.add(EntryParser.parse(row));
        }
        return out;
    }

    private static boolean isHeader(TsvEntries.Entry row) {
        return row.fields().size() >= 2 && row.field(0).strip().equalsIgnoreCase("term")
            && row.field(1).strip().equalsIgnoreCase("category");
    }

    private static List<TsvEntries.Entry> rows(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".tab") || (!name.endsWith(".csv") && firstLineHasTab(file))) {
            return TsvEntries.readFile(file);
        }
        return csvRows(file);
    }

    private static boolean firstLineHasTab(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().map(l -> l.indexOf('\t') >= 0).orElse(true);
        } catch (IOException | UncheckedIOException e) {
            return true; // TsvEntries reports the problem with the file
        }
    }

    private static List<TsvEntries.Entry> csvRows(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();
        List<TsvEntries.Entry> out = new ArrayList<>();
        String source = file.toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(r, format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> fields = new ArrayList<>(record.toList());
                if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
                    fields.set(0, fields.get(0).substring(1));
                }
                // the parser has read the record's last line when it hands the record out
                out.add(new TsvEntries.Entry(source, line, fields));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source, "no such file", "check the path of the lexicon");
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(source, "cannot read lexicon: " + e.getMessage(),
                "check that it is a UTF-8 CSV file with the columns " + COLUMNS);
        }
        return out;
    }
}
