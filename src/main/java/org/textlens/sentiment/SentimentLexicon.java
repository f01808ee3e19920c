package org.textlens.sentiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.Normalization;
import org.textlens.lexicon.TsvEntries;

/**
 * Valences of words and multi-word expressions on VADER's -4..4 scale: the human-rated VADER
 * lexicon (Hutto & Gilbert 2014, MIT licence), our appraisal and news additions, then the user's files, each
 * overriding the ones before. Immutable; shared by all threads.
 */
public final class SentimentLexicon {
    static final String VADER = "/org/textlens/sentiment/vader_lexicon.txt";
    static final String APPRAISAL = "/org/textlens/sentiment/appraisal-en.tsv";
    static final String NEWS = "/org/textlens/sentiment/news-en.tsv";

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
            entries.putAll(Builtin.ENTRIES);
        }
        for (Path file : userFiles) {
            for (TsvEntries.Entry e : TsvEntries.readFile(file)) {
                put(entries, e);
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
        return builtin ? Optional.ofNullable(Builtin.UPPER_CASE.get(text)) : Optional.empty();
    }

    private static void put(Map<String, Double> entries, TsvEntries.Entry e) {
        if (e.fields().size() < 2) {
            throw e.error("expected a term and a valence separated by a tab", "write term<TAB>valence, e.g. 'ceasefire\t1.2'");
        }
        String term = String.join(" ", Normalization.normalize(e.field(0).strip().toLowerCase(Locale.ROOT)).split("\\s+"));
        if (term.isEmpty()) {
            throw e.error("the term is empty", "write term<TAB>valence");
        }
        double valence;
        try {
            valence = Double.parseDouble(e.field(1).strip());
        } catch (NumberFormatException ex) {
            throw e.error("valence '" + e.field(1) + "' is not a number", "valences are numbers from -4 to 4");
        }
        if (!(valence >= -4 && valence <= 4)) {
            throw e.error("valence " + e.field(1).strip() + " is outside -4..4", "valences are numbers from -4 to 4");
        }
        entries.put(term, valence);
    }

    /** The built-in entries, read once per process on first use. */
    private static final class Builtin {

        /**
         * VADER's file rates fourteen forms twice ("lol" 2.9 and 1.8, "d:" -2.9 and 1.2): its
         * case-sensitive original had "LOL" and "lol", "D:" (dismay) and "d:" (a tongue), and
         * upper case sorted first. The first rating goes to the upper-case spelling, the second
         * to the lower-case one.
         */
        static final Map<String, Double> UPPER_CASE = new HashMap<>();
        static final Map<String, Double> ENTRIES = read(); // after UPPER_CASE, which read() fills

        private static Map<String, Double> read() {
            Map<String, Double> entries = new HashMap<>();
            Map<String, Double> vader = new HashMap<>();
            for (TsvEntries.Entry e : TsvEntries.readResource(SentimentLexicon.class, VADER)) {
                Map<String, Double> one = new HashMap<>();
                put(one, e);
                one.forEach((term, v) -> {
                    Double first = vader.put(term, v);
                    if (first != null) {
                        UPPER_CASE.put(term.toUpperCase(Locale.ROOT), first);
                    }
                });
            }
            entries.putAll(vader);
            for (String ours : List.of(APPRAISAL, NEWS)) {
                for (TsvEntries.Entry e : TsvEntries.readResource(SentimentLexicon.class, ours)) {
                    put(entries, e);
                }
            }
            return entries;
        }
    }
}
