package org.textlens.loaded;

import java.util.List;

/**
 * One loaded term: the words it is matched by, what kind of loading it carries, how strongly
 * (0..1), what a neutral writer would say instead, why, and the rules that limit where it matches.
 *
 * @param term the term as written in its lexicon
 * @param words the term's words, normalised and lower-cased: the keys it is matched by
 * @param surface the term's words, normalised with their case kept (for case-sensitive entries)
 * @param category one of {@link Category}'s names, or a category of an imported {@code .dic} file
 * @param alternatives neutral alternatives, possibly none
 * @param source where the entry was read, as {@code FILE:LINE}
 */
public record LexiconEntry(String term, List<String> words, List<String> surface, String category, double weight,
                           List<String> alternatives, String reason, MatchRules rules, String source) {
    public LexiconEntry {
        words = List.copyOf(words);
        surface = List.copyOf(surface);
        alternatives = List.copyOf(alternatives);
    }

    /** The key under which entries override each other: the lower-cased words. */
    public String key() {
        return String.join(" ", words);
    }

    /** The alternatives as one output field, separated by {@code " | "}. */
    public String alternative() {
        return String.join(" | ", alternatives);
    }
}
