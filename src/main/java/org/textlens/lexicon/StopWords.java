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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.textlens.nlp.Normalization;

/**
 * A stop list: its name as the user chose it ({@code en}, {@code none} or a file path) and its
 * lower-case words. Files hold one word per line; {@code #} starts a comment.
 */
public record StopWords(String name, Set<String> words) {
    private static final String BUILTIN = "/org/textlens/lexicon/stopwords-en.txt";

    public StopWords {
        words = Set.copyOf(words);
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    public static StopWords none() {
        return new StopWords("none", Set.of());
    }

    public static StopWords english() {
        try (InputStream in = StopWords.class.getResourceAsStream(BUILTIN)) {
            return new StopWords("en", parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code en}, {@code none}, or the path of a stop-word file. */
    public static StopWords named(String spec) throws IOException {
        return switch (spec) {
            case "en" -> english();
            case "none" -> none();
            default -> {
                try (Reader r = Files.newBufferedReader(Path.of(spec), StandardCharsets.UTF_8)) {
                    yield new StopWords(spec, parse(r));
                }
            }
        };
    }

    private static Set<String> parse(Reader reader) throws IOException {
        Set<String> words = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line; (line = lines.readLine()) != null; ) {
            int hash = line.indexOf('#');
            String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!word.isEmpty()) {
                words.add(Normalization.normalize(word).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
