package org.textlens.lexicon;

import org.textlens.corpus.Excerpt;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.textlens.corpus.InputException;
import org.textlens.nlp.Normalization;

/**
 * A LIWC-style category dictionary ({@code .dic}): a header between two {@code %} lines that
 * declares the categories ({@code id name} per line), then one entry per line: a word or phrase
 * followed by the ids (or names) of its categories. A trailing {@code *} makes the entry a prefix
 * wildcard ({@code abandon*} matches abandoned, abandons). Entries are matched case-insensitively,
 * so terms are lower-cased and their apostrophes and hyphens normalised as our tokens are.
 *
 * <p>Fields are separated by tabs; a line without tabs is split at spaces, the trailing
 * category references being the fields that name a declared category (so {@code kind of 12} is
 * the phrase "kind of" in category 12). LIWC 2007's conditional references such as
 * {@code <of>131/125} are not supported: they are skipped and counted in {@link #skippedConditions}.
 *
 * @param source the file, for messages
 * @param categories the declared category names, in file order
 * @param entries every entry, in file order
 * @param skippedConditions how many conditional category references were ignored
 */
public record DicFile(String source, List<String> categories, List<Entry> entries, int skippedConditions) {

    /**
     * One dictionary entry.
     *
     * @param term the word or phrase, lower case, normalised, without the wildcard
     * @param prefix whether the entry ended in {@code *} and matches every word that starts with it
     * @param categories the names of its categories, in file order, no duplicates
     * @param line where it was read, for messages
     */
    public record Entry(String term, boolean prefix, List<String> categories, long line) {
        /** The entry's words: one for a word, several for a phrase. */
        public List<String> words() {
            return List.of(term.split(" "));
        }
    }

    public DicFile {
        categories = List.copyOf(categories);
        entries = List.copyOf(entries);
    }

    /** Reads a {@code .dic} file (UTF-8; a byte-order mark is dropped). */
    public static DicFile read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(file.toString()).parse(reader);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "check the path of the dictionary");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file.toString(), "cannot read dictionary: " + e.getMessage(),
                "check that it is a readable UTF-8 text file");
        }
    }

    /** Parses the lines of one file; one instance per file. */
    private static final class Parser {
        private final String source;
        private final Map<String, String> namesByReference = new LinkedHashMap<>();
        private final List<Entry> entries = new ArrayList<>();
        private int skippedConditions;
        private long number;

        Parser(String source) {
            this.source = source;
        }

        DicFile parse(BufferedReader reader) throws IOException {
            int percentLines = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.equals("%")) {
                    percentLines++;
                    if (percentLines > 2) {
                        throw error("a third '%' line", "a .dic file has one header between two '%' lines");
                    }
                    continue;
                }
                if (percentLines == 0) {
                    throw error("the file does not start with '%'",
                        "a .dic file starts with a '%' line, then 'id<TAB>category' lines, then '%'");
                }
                if (percentLines == 1) {
                    declare(trimmed);
                } else {
                    entries.add(entry(line));
                }
            }
            if (percentLines < 2) {
                throw new InputException(source, "the category header is not closed by a '%' line",
                    "a .dic file has its categories between two '%' lines, then the entries");
            }
            return new DicFile(source, List.copyOf(new LinkedHashSet<>(namesByReference.values())), entries, skippedConditions);
        }

        private void declare(String line) {
            String[] fields = line.split("\\s+", 2);
            if (fields.length < 2) {
                throw error("category '" + Excerpt.of(line) + "' has no name", "write 'id<TAB>name', for example '12\tanger'");
            }
            String id = fields[0];
            String name = fields[1].strip();
            if (namesByReference.containsKey(id)) {
                throw error("category id " + id + " is declared twice", "give every category its own id");
            }
            namesByReference.put(id, name);
            namesByReference.putIfAbsent(name, name);
        }

        private Entry entry(String line) {
            List<String> fields = fields(line);
            boolean tabbed = line.indexOf('\t') >= 0;
            int end = fields.size();
            Set<String> categories = new LinkedHashSet<>();
            while (end > 1 && (tabbed || isReference(fields.get(end - 1)))) {
                String reference = fields.get(--end);
                if (!isReference(reference)) {
                    throw error("'" + Excerpt.of(reference) + "' is not a category declared in the header",
                        "declare it between the '%' lines, or fix the id");
                }
                if (isCondition(reference)) {
                    skippedConditions++;
                } else {
                    categories.add(namesByReference.get(reference));
                }
            }
            String term = String.join(" ", fields.subList(0, end)).strip();
            if (term.isEmpty()) {
                throw error("an entry without a term", "write the word, then its category ids");
            }
            if (categories.isEmpty() && end == fields.size()) {
                throw error("'" + Excerpt.of(term) + "' names no declared category",
                    "follow the word with the ids of categories declared in the header");
            }
            boolean prefix = term.endsWith("*");
            if (prefix) {
                term = term.substring(0, term.length() - 1);
            }
            if (term.isEmpty() || term.contains("*")) {
                throw error("'" + Excerpt.of(line.strip()) + "': '*' may only end a word", "write 'abandon*' to match every word starting with 'abandon'");
            }
            String normalised = Normalization.normalize(term.toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
            List<String> inFileOrder = new ArrayList<>(categories);
            java.util.Collections.reverse(inFileOrder);
            return new Entry(normalised, prefix, List.copyOf(inFileOrder), number);
        }

        private static List<String> fields(String line) {
            String[] parts = line.indexOf('\t') >= 0 ? line.split("\t") : line.strip().split(" +");
            List<String> out = new ArrayList<>(parts.length);
            for (String p : parts) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            return out;
        }

        private boolean isReference(String field) {
            return namesByReference.containsKey(field) || isCondition(field);
        }

        private static boolean isCondition(String field) {
            return field.startsWith("<") || field.startsWith("(") || field.matches("\\d+/\\d+");
        }

        private InputException error(String reason, String hint) {
            return new InputException(source, OptionalLong.of(number), reason, hint);
        }
    }
}
