package org.textlens.lexicon;

import java.io.BufferedReader;
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
import java.util.OptionalLong;
import org.textlens.corpus.InputException;

/**
 * Reads lexicon files: UTF-8, one entry per line, fields separated by tabs, {@code #} starting a
 * comment line, blank lines ignored. A malformed line fails with the file, the line and the reason.
 */
public final class TsvEntries {
    /** One line's fields, and where it came from. */
    public record Entry(String source, long line, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }

        /** An error about this line, in the shape every textlens error has. */
        public InputException error(String reason, String hint) {
            return new InputException(source, OptionalLong.of(line), reason, hint);
        }
    }

    private TsvEntries() {
    }

    public static List<Entry> readFile(Path file) {
        return readFile(file, "lexicon");
    }

    /** A file of tab-separated lines; {@code what} names it in errors ("lexicon", "span file"). */
    public static List<Entry> readFile(Path file, String what) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "check the path of the " + what);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.toString(), "cannot read " + what + ": " + e.getMessage(),
                "check that it is a readable UTF-8 text file");
        }
    }

    /** A lexicon shipped inside the jar. */
    public static List<Entry> readResource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in lexicon " + resource + " is missing (rebuild the jar)");
            }
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> read(String source, Reader reader) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        long number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(new Entry(source, number, List.of(line.split("\t", -1))));
        }
        return out;
    }
}
