package org.textlens.sentiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.lexicon.TsvEntries;
import org.textlens.lexicon.Valences;

/**
 * Valences of words and multi-word expressions on VADER's -4..4 scale: the built-in ones
 * ({@link Valences}: VADER's human-rated lexicon, our appraisal and news additions), then the
 * user's files, each overriding the ones before. Immutable; shared by all threads.
 */
public final class SentimentLexicon {
    private final Map<String, Double> entries;
    private final PhraseMatcher<Double> phrases;

    private final boolean builtin;

    private SentimentLexicon(Map<String, Double> entries, boolean builtin) {
        this.builtin = builtin;
        this.entries = java.util.Collections.unmodifiableMap(new HashMap<>(entries));
        PhraseMatcher.Builder<Double> b = PhraseMatcher.builder();
        entries.forEach((term, v) -> b.add(Arrays.asList(term.split(" ")), v));
        this.phrases = b.build();
    }

    /**
     * @param builtin include VADER's lexicon and our news additions
     * @param userFiles TSV files of term and valence; a malformed line fails with file and line
     */
    public static SentimentLexicon load(boolean builtin, List<Path> userFiles) {
        Map<String, Double> entries = new HashMap<>();
        if (builtin) {
            entries.putAll(Valences.builtin());
        }
        for (Path file : userFiles) {
            for (TsvEntries.Entry e : TsvEntries.readFile(file)) {
                Valences.put(entries, e);
            }
        }
        return new SentimentLexicon(entries, builtin);
    }

    public int size() {
        return entries.size();
    }

    boolean isEntry(String lower) {
        return entries.containsKey(lower);
    }

    Optional<PhraseMatcher.Match<Double>> longestAt(List<String> lowerWords, int from) {
        return phrases.longestAt(lowerWords, from);
    }

    double valence(String lower) {
        return entries.getOrDefault(lower, 0.0);
    }

    /** The rating of a form whose upper-case spelling VADER rates apart ("LOL", "D:"), if any. */
    Optional<Double> upperCase(String text) {
        return builtin ? Optional.ofNullable(Valences.builtinUpperCase().get(text)) : Optional.empty();
    }
}
