package org.textlens.loaded;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries in force for a run: the built-in files (one per {@link Category}), then imported
 * {@code .dic} entries and the user's lexicons, each overriding earlier entries with the same
 * words. Only entries of the chosen categories are kept, so a filtered-out entry never hides
 * another hit. Immutable; shared by every thread.
 */
public final class LoadedLexicon {
    static final String BUILTIN = "/org/textlens/loaded/builtin/";

    private final Map<String, LexiconEntry> entries;
    private final TermMatcher matcher;
    private final boolean scareQuotes;

    private LoadedLexicon(Map<String, LexiconEntry> entries, boolean scareQuotes) {
        this.entries = entries;
        this.matcher = new TermMatcher(entries.values());
        this.scareQuotes = scareQuotes;
    }

    /**
     * @param builtin include the built-in lexicon
     * @param imported entries from other sources (such as {@code .dic} files), in order
     * @param userFiles lexicon files in the built-in columns, in order; a malformed line fails with file and line
     * @param categories the categories to keep; empty keeps all
     */
    public static LoadedLexicon load(boolean builtin, List<LexiconEntry> imported, List<Path> userFiles, Set<String> categories) {
        Map<String, LexiconEntry> entries = new LinkedHashMap<>();
        if (builtin) {
            Builtin.ENTRIES.values().forEach(e -> entries.put(e.key(), e));
        }
        imported.forEach(e -> entries.put(e.key(), e));
        for (Path file : userFiles) {
            LexiconFile.read(file).forEach(e -> entries.put(e.key(), e));
        }
        if (!categories.isEmpty()) {
            entries.values().removeIf(e -> !categories.contains(e.category()));
        }
        return new LoadedLexicon(entries, categories.isEmpty() || categories.contains(Category.DOUBT.id()));
    }

    public int size() {
        return entries.size();
    }

    public Collection<LexiconEntry> entries() {
        return entries.values();
    }

    TermMatcher matcher() {
        return matcher;
    }

    /** Whether scare quotes are looked for (they are {@code doubt} hits). */
    boolean scareQuotes() {
        return scareQuotes;
    }

    /** The built-in entries, read once per process on first use. */
    private static final class Builtin {
        static final Map<String, LexiconEntry> ENTRIES = read();

        /** A term listed in two built-in files keeps its more strongly weighted entry (the first, on a tie). */
        private static Map<String, LexiconEntry> read() {
            Map<String, LexiconEntry> entries = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                for (LexiconEntry e : LexiconFile.readResource(BUILTIN + c.id() + ".tsv")) {
                    entries.merge(e.key(), e, (old, neu) -> neu.weight() > old.weight() ? neu : old);
                }
            }
            return entries;
        }
    }
}
