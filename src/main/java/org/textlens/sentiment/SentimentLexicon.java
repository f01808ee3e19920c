package org.textlens.sentiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.textlens.lexicon.PhraseMatcher;
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

    private SentimentLexicon(Map<String, Double> entries) {
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
        return new SentimentLexicon(entries);
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

    private static void put(Map<String, Double> entries, TsvEntries.Entry e) {
        if (e.fields().size() < 2) {
            throw e.error("expected a term and a valence separated by a tab", "write term<TAB>valence, e.g. 'ceasefire\t1.2'");
        }
        String term = String.join(" ", e.field(0).strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+"));
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
        static final Map<String, Double> ENTRIES = read();

        private static Map<String, Double> read() {
            Map<String, Double> entries = new HashMap<>();
            // VADER's file lists a few lower-cased emoticons twice ("d:" as the sad "D:" and again);
            // the first, from the case-sensitive original's sort order, is the one kept.
            Map<String, Double> vader = new HashMap<>();
            for (TsvEntries.Entry e : TsvEntries.readResource(SentimentLexicon.class, VADER)) {
                Map<String, Double> one = new HashMap<>();
                put(one, e);
                one.forEach(vader::putIfAbsent);
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
