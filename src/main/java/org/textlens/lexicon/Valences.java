package org.textlens.lexicon;

import org.textlens.corpus.Excerpt;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.nlp.Normalization;

/**
 * The built-in valences of words and multi-word expressions on VADER's -4..4 scale: the
 * human-rated VADER lexicon (Hutto & Gilbert 2014, MIT licence), then our appraisal and news
 * additions, each overriding the ones before; and the parsing of {@code term<TAB>valence} lines.
 * Shared by the analysers that read valences ({@code sentiment}, {@code portrayal}). Read once
 * per process on first use; immutable.
 */
public final class Valences {
    static final String VADER = "/org/textlens/lexicon/vader_lexicon.txt";
    static final String APPRAISAL = "/org/textlens/lexicon/appraisal-en.tsv";
    static final String NEWS = "/org/textlens/lexicon/news-en.tsv";

    private Valences() {
    }

    /** Lower-cased term (words joined by one space) → valence. */
    public static Map<String, Double> builtin() {
        return Builtin.ENTRIES;
    }

    /**
     * The ratings of forms whose upper-case spelling VADER rates apart ("LOL", "D:"). VADER's file
     * rates fourteen forms twice ("lol" 2.9 and 1.8, "d:" -2.9 and 1.2): its case-sensitive original
     * had "LOL" and "lol", "D:" (dismay) and "d:" (a tongue), and upper case sorted first. The first
     * rating goes to the upper-case spelling, the second to the lower-case one.
     */
    public static Map<String, Double> builtinUpperCase() {
        return Builtin.UPPER_CASE;
    }

    /** Adds the entry of one {@code term<TAB>valence} line to {@code entries}; a malformed line fails with file and line. */
    public static void put(Map<String, Double> entries, TsvEntries.Entry e) {
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
            throw e.error("valence '" + Excerpt.of(e.field(1)) + "' is not a number", "valences are numbers from -4 to 4");
        }
        if (!(valence >= -4 && valence <= 4)) {
            throw e.error("valence " + e.field(1).strip() + " is outside -4..4", "valences are numbers from -4 to 4");
        }
        entries.put(term, valence);
    }

    private static final class Builtin {
        static final Map<String, Double> UPPER_CASE;
        static final Map<String, Double> ENTRIES;

        static {
            Map<String, Double> upper = new HashMap<>();
            Map<String, Double> vader = new HashMap<>();
            for (TsvEntries.Entry e : TsvEntries.readResource(Valences.class, VADER)) {
                Map<String, Double> one = new HashMap<>();
                put(one, e);
                one.forEach((term, v) -> {
                    Double first = vader.put(term, v);
                    if (first != null) {
                        upper.put(term.toUpperCase(Locale.ROOT), first);
                    }
                });
            }
            Map<String, Double> entries = new HashMap<>(vader);
            for (String ours : List.of(APPRAISAL, NEWS)) {
                for (TsvEntries.Entry e : TsvEntries.readResource(Valences.class, ours)) {
                    put(entries, e);
                }
            }
            UPPER_CASE = Collections.unmodifiableMap(upper);
            ENTRIES = Collections.unmodifiableMap(entries);
        }
    }
}
