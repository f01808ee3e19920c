package org.textlens.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed-class words that change other words' sentiment (boosters, dampeners, negations,
 * clause openers, scope ends), the words whose sentiment depends on their part of speech, and the
 * words that are often part of proper names. Shared by the analysers that read valences
 * ({@code sentiment}, {@code portrayal}). All written for textlens; loaded once, shared by all threads.
 */
public final class Modifiers {
    public enum Kind { BOOSTER, DAMPENER, NEGATION, CLAUSE, SCOPE }

    private static final String MODIFIERS = "/org/textlens/lexicon/modifiers-en.tsv";
    private static final String SENSES = "/org/textlens/lexicon/senses-en.tsv";
    private static final String NAMES = "/org/textlens/lexicon/names-en.txt";

    private final PhraseMatcher<Kind> phrases;
    private final Map<String, Map<String, String>> senses; // word -> UD tag -> valence or booster/dampener
    private final Set<String> nameWords;

    private Modifiers(PhraseMatcher<Kind> phrases, Map<String, Map<String, String>> senses, Set<String> nameWords) {
        this.phrases = phrases;
        this.senses = senses;
        this.nameWords = nameWords;
    }

    public static Modifiers builtin() {
        return Holder.INSTANCE;
    }

    /** The longest modifier that starts at {@code lowerWords[from]}, if any. */
    public Optional<PhraseMatcher.Match<Kind>> at(List<String> lowerWords, int from) {
        return phrases.longestAt(lowerWords, from);
    }

    /** For a word whose sense depends on its part of speech: UD tag → valence, "booster" or "dampener"; else null. */
    public Map<String, String> senses(String lower) {
        return senses.get(lower);
    }

    /** Whether a capitalised {@code lower} inside a name carries no sentiment ("United Nations"). */
    public boolean isNameWord(String lower) {
        return nameWords.contains(lower);
    }

    private static Modifiers load() {
        PhraseMatcher.Builder<Kind> b = PhraseMatcher.builder();
        for (TsvEntries.Entry e : TsvEntries.readResource(Modifiers.class, MODIFIERS)) {
            b.add(Arrays.asList(e.field(1).split(" ")), Kind.valueOf(e.field(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        }
        Map<String, Map<String, String>> senses = new HashMap<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(Modifiers.class, SENSES)) {
            senses.computeIfAbsent(e.field(0), k -> new HashMap<>()).put(e.field(1), e.field(2));
        }
        Set<String> names = new HashSet<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(Modifiers.class, NAMES)) {
            names.add(e.field(0).strip());
        }
        return new Modifiers(b.build(), Map.copyOf(senses), Set.copyOf(names));
    }

    private static final class Holder {
        static final Modifiers INSTANCE = load();
    }
}
