package org.textlens.loaded;

import java.util.Set;
import org.textlens.lexicon.StopWords;

/**
 * Where a hit begins and ends around the entry it matched. The load of a charged word lies on the
 * phrase it heads or modifies, so a hit of an {@code emotive}, {@code label} or {@code fear} entry
 * takes in, by cheap spelling cues and never over a word that starts an entry of its own:
 * <ul>
 *   <li>the noun phrase after it, up to three words: the noun a charged adjective modifies ("tyrannical
 *       regime", "disastrous nuclear deal") or that a charged noun forms a compound with ("hate group");</li>
 *   <li>a modifier just before it ("black-hearted bigot", "episcopal bullies");</li>
 *   <li>a coordinated modifier before or after it ("cruel and inhuman", "harmful and divisive views");</li>
 *   <li>an "of" phrase after a charged noun ("a cover-up of abuse", "carnage of gun violence");</li>
 *   <li>one degree word before it ("so outlandish").</li>
 * </ul>
 * An intensifier flagged {@code extend} takes in the word it intensifies ("utterly predictable").
 */
final class HitBounds {
    private static final StopWords FUNCTION_WORDS = StopWords.english();
    /** Degree words too common to be entries of their own, but part of the loaded phrase they strengthen. */
    private static final Set<String> DEGREE = Set.of("very", "so", "too", "most", "more", "really", "truly", "quite", "pretty",
        "rather", "such", "just", "downright", "simply", "particularly", "especially", "increasingly");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

    private final TermMatcher matcher;

    HitBounds(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /** The first token of the hit. */
    int start(SentenceWords words, TermMatcher.Match match, int previousHitEnd) {
        int from = match.from();
        if (!Category.isPhrasal(match.entry().category())) {
            return from;
        }
        if (from - 2 >= previousHitEnd && CONJUNCTIONS.contains(words.lower[from - 1])
            && isModifier(words, from - 2)) {
            from -= 2;
        }
        if (from - 1 >= previousHitEnd && isModifier(words, from - 1)
            && !(isParticiple(words.lower[from - 1]) && Adjectives.looksAdjectival(words.lower[from]))) {
            from -= 1;   // "disgraced officials", not "attracted fierce (criticism)": a verb form before an adjective is its verb
        }
        boolean degree = from > 0 && from - 1 >= previousHitEnd && DEGREE.contains(words.lower[from - 1]);
        return degree ? from - 1 : from;
    }

    /**
     * Whether {@code match} is an intensifier ({@code extend}) directly before a charged word: then the
     * two are one hit, reported as the charged word's ("incredibly offensive", "grossly negligent").
     */
    boolean intensifiesNext(SentenceWords words, TermMatcher.Match match) {
        if (!match.entry().rules().extend() || match.to() >= words.size()) {
            return false;
        }
        return matcher.longestAt(words, match.to()).filter(next -> Category.isPhrasal(next.entry().category())).isPresent();
    }

    /** The end of the hit (exclusive). */
    int end(SentenceWords words, TermMatcher.Match match) {
        int to = match.to();
        if (match.entry().rules().extend()) {
            return isContentWord(words, to) && startsNoEntry(words, to) ? to + 1 : to;
        }
        if (!Category.isPhrasal(match.entry().category())) {
            return to;
        }
        if (to + 1 < words.size() && CONJUNCTIONS.contains(words.lower[to])
            && isModifier(words, to + 1) && startsNoEntry(words, to + 1)) {
            to += 2;
        }
        if (!match.entry().rules().verb()) {   // a verb's object is not part of its load ("slammed the plan")
            to = nounPhraseEnd(words, to, 2);
        }
        if (to + 1 < words.size() && words.lower[to].equals("of") && isContentWord(words, to + 1)
            && words.startsLowerCase(to + 1) && !Adjectives.looksAdjectival(words.lower[to - 1]) && startsNoEntry(words, to + 1)) {
            to = nounPhraseEnd(words, to + 2, 2);
        }
        return to;
    }

    /**
     * The end of the noun phrase that may begin at {@code from}: a lower-case content word that is not
     * spelled like a verb or adverb and starts no entry ("outrage" -> "outrage machine"), then up to
     * {@code more} more such words while the last one taken is spelled like an adjective ("disastrous
     * nuclear deal").
     */
    private int nounPhraseEnd(SentenceWords words, int from, int more) {
        int to = from;
        while (isNounish(words, to) && (to == from || (to - from <= more && Adjectives.looksAdjectival(words.lower[to - 1])))) {
            to++;
        }
        return to;
    }

    private boolean isNounish(SentenceWords words, int i) {
        return isContentWord(words, i) && words.startsLowerCase(i) && !Adjectives.looksLikeVerbOrAdverb(words.lower[i])
            && !isIrregularVerb(words, i) && !Adjectives.isCommonVerb(words.lower[i]) && startsNoEntry(words, i);
    }

    /** "said", "told", "made": a form the lemmatizer changes without an -s ending is an irregular verb form, not a plural. */
    private static boolean isIrregularVerb(SentenceWords words, int i) {
        return !words.lemma[i].equals(words.lower[i]) && !words.lower[i].endsWith("s");
    }

    /** A lower-case content word spelled like an adjective (or a hyphenated compound) and starting no entry. */
    private boolean isModifier(SentenceWords words, int i) {
        if (!isContentWord(words, i) || !words.startsLowerCase(i)) {
            return false;
        }
        String w = words.lower[i];
        return (Adjectives.looksAdjectival(w) || w.indexOf('-') > 0) && !w.endsWith("ly");
    }

    private static boolean isParticiple(String w) {
        return w.endsWith("ed") || w.endsWith("ing");
    }

    private static boolean isContentWord(SentenceWords words, int i) {
        return i < words.size() && words.isWord(i) && !FUNCTION_WORDS.contains(words.lower[i]);
    }

    private boolean startsNoEntry(SentenceWords words, int i) {
        return matcher.longestAt(words, i).isEmpty();
    }
}
