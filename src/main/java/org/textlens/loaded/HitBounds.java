package org.textlens.loaded;

import java.util.Set;
import org.textlens.freq.StopWords;

/**
 * Where a hit begins and ends around the entry it matched: an intensifier flagged {@code extend}
 * takes in the word it intensifies ("utterly predictable"), a charged adjective the noun it
 * modifies ("tyrannical regime"), and a charged word the degree word before it ("so outlandish").
 * Each reach is one word, and never over a word that starts an entry of its own.
 */
final class HitBounds {
    private static final StopWords FUNCTION_WORDS = StopWords.english();
    /** Categories whose words carry their load onto the words around them. */
    private static final Set<String> PHRASAL = Set.of(Category.EMOTIVE.id(), Category.LABEL.id(), Category.FEAR.id());
    /** Degree words too common to be entries of their own, but part of the loaded phrase they strengthen. */
    private static final Set<String> DEGREE = Set.of("very", "so", "too", "most", "more", "really", "truly", "quite", "pretty",
        "rather", "such", "how", "just", "downright", "simply", "particularly", "especially", "increasingly");

    private final TermMatcher matcher;

    HitBounds(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /** The first token of the hit: one free degree word before a charged word, else the match's own start. */
    int start(SentenceWords words, TermMatcher.Match match, int previousHitEnd) {
        int from = match.from();
        boolean degree = from > 0 && from - 1 >= previousHitEnd && PHRASAL.contains(match.entry().category())
            && DEGREE.contains(words.lower[from - 1]);
        return degree ? from - 1 : from;
    }

    /** The end of the hit (exclusive). */
    int end(SentenceWords words, TermMatcher.Match match) {
        int to = match.to();
        if (match.entry().rules().extend()) {
            return isContentWord(words, to) && startsNoEntry(words, to) ? to + 1 : to;
        }
        boolean adjective = PHRASAL.contains(match.entry().category()) && Adjectives.looksAdjectival(words.lower[to - 1]);
        boolean noun = adjective && isContentWord(words, to) && words.startsLowerCase(to)
            && !Adjectives.looksLikeVerbOrAdverb(words.lower[to]);
        return noun && startsNoEntry(words, to) ? to + 1 : to;
    }

    private static boolean isContentWord(SentenceWords words, int i) {
        return i < words.size() && words.isWord(i) && !FUNCTION_WORDS.contains(words.lower[i]);
    }

    private boolean startsNoEntry(SentenceWords words, int i) {
        return matcher.longestAt(words, i).isEmpty();
    }
}
