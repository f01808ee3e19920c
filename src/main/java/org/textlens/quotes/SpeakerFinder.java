package org.textlens.quotes;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.textlens.nlp.TokenKind;

/**
 * Finds who speaks around a speech verb in a tagged sentence: the subject before the verb
 * ("State Department spokesman Matthew Miller said", "Miller, however, clarified", "the aide,
 * Andrey Ermak, had announced", "he said", "the regional government said") or the noun phrase
 * after it ("..., said Miller", "according to the Kremlin"). Within a noun phrase the nearest
 * name wins over the common nouns around it, and titles are dropped from names.
 */
final class SpeakerFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> NOT_NAMES = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT", "ADJ", "SYM");
    private static final Set<String> VERB_MODIFIERS = Set.of("has", "have", "had", "will", "would", "could", "can", "may", "might",
        "must", "shall", "should", "did", "does", "do", "is", "was", "were", "are", "be", "been", "also", "not", "n't", "never",
        "then", "still", "often", "even", "just", "only", "once", "again", "already", "later", "earlier", "further", "first");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
        "these", "those", "some", "several", "many", "two", "three");

    private final Names names = Names.english();
    private final Predicate<String> knownName;

    /** {@code knownName} tells whether a word stands capitalised inside a sentence somewhere in the document. */
    SpeakerFinder(Predicate<String> knownName) {
        this.knownName = knownName;
    }

    /** The subject of the verb at {@code verb}, looking no further left than token {@code floor}. */
    Optional<Mention> before(Words w, int verb, int floor, DocText text) {
        int j = verb - 1;
        while (true) {
            while (j >= floor && isVerbModifier(w, j)) {
                j--;
            }
            if (j - 2 >= floor && w.isPunct(j, ",") && isAdverb(w, j - 1) && w.isPunct(j - 2, ",")) {
                j -= 3; // Miller, however, clarified
                continue;
            }
            break;
        }
        if (j < floor) {
            return Optional.empty();
        }
        if (w.is(j, "who") || w.is(j, "which")) {
            j--; // Nuland, who said ...
            if (!w.isPunct(j, ",")) {
                return Optional.empty();
            }
        }
        boolean appositive = w.isPunct(j, ",");
        if (appositive) {
            j--; // the aide, Andrey Ermak, announced
        }
        if (j < floor) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(w.lower[j])) {
            return appositive ? Optional.empty() : Optional.of(mention(w, j, j, Mention.Kind.PRONOUN, text));
        }
        int first = firstWord(w);
        if (nameLike(w, j, first)) {
            int k = j;
            while (k - 1 >= floor && (nameLike(w, k - 1, first)
                || k - 2 >= floor && isNameConnector(w.lower[k - 1]) && nameLike(w, k - 2, first))) {
                k--;
            }
            int start = names.nameStart(w, k, j);
            if (start >= 0) {
                return Optional.of(mention(w, start, j, Mention.Kind.NAME, text));
            }
        }
        if (appositive || !isNounHead(w, j)) {
            return Optional.empty();
        }
        int k = j;
        while (k - 1 >= floor && (isNounPhraseWord(w, k - 1, first)
            || k - 2 >= floor && isPhraseConnector(w.lower[k - 1]) && isNounPhraseWord(w, k - 2, first))) {
            k--;
        }
        return phrase(w, k, j, first, text);
    }

    /** The noun phrase starting at token {@code from}: "Miller", "the Kremlin", "State Department spokesman Matthew Miller". */
    Optional<Mention> after(Words w, int from, DocText text) {
        if (from >= w.n) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(w.lower[from])) {
            return Optional.of(mention(w, from, from, Mention.Kind.PRONOUN, text));
        }
        int first = firstWord(w);
        int j = from;
        while (j + 1 < w.n && (isNounPhraseWord(w, j + 1, first)
            || j + 2 < w.n && isPhraseConnector(w.lower[j + 1]) && isNounPhraseWord(w, j + 2, first))) {
            j++;
        }
        if (!isNounPhraseWord(w, from, first)) {
            return Optional.empty();
        }
        if (w.isPunct(j + 1, ",") && nameLike(w, j + 2, first)) {
            // "said the British envoy, Sarah Finch."
            int k = j + 2;
            while (k + 1 < w.n && nameLike(w, k + 1, first)) {
                k++;
            }
            if (k + 1 >= w.n || w.isPunct(k + 1, ",.;!?")) {
                int start = names.nameStart(w, j + 2, k);
                if (start >= 0) {
                    return Optional.of(mention(w, start, k, Mention.Kind.NAME, text));
                }
            }
        }
        return phrase(w, from, j, first, text);
    }

    /** A noun phrase {@code w[from..to]} as a speaker: its last name if it has one, else the phrase without determiners. */
    private Optional<Mention> phrase(Words w, int from, int to, int first, DocText text) {
        for (int j = to; j >= from; j--) {
            if (nameLike(w, j, first)) {
                int k = j;
                while (k - 1 >= from && (nameLike(w, k - 1, first)
                    || k - 2 >= from && isNameConnector(w.lower[k - 1]) && nameLike(w, k - 2, first))) {
                    k--;
                }
                int start = names.nameStart(w, k, j);
                if (start >= 0) {
                    return Optional.of(mention(w, start, j, Mention.Kind.NAME, text));
                }
                j = k;
            }
        }
        int k = from;
        while (k < to && (DETERMINERS.contains(w.lower[k]) || isPhraseConnector(w.lower[k]))) {
            k++;
        }
        if (!isNounHead(w, to)) {
            return Optional.empty();
        }
        return Optional.of(mention(w, k, to, Mention.Kind.NOUN_PHRASE, text));
    }

    private static Mention mention(Words w, int from, int to, Mention.Kind kind, DocText text) {
        return new Mention(text.slice(w.start[from], w.end[to]), w.start[from], w.end[to], kind);
    }

    /** Index of the sentence's first word, or of the first word after an opening quote mark. */
    static int firstWord(Words w) {
        int i = 0;
        while (i < w.n && w.kind[i] == TokenKind.PUNCT) {
            i++;
        }
        return i;
    }

    /**
     * A capitalised word that is part of a name: tagged PROPN, or inside the sentence and not of a
     * closed class; the first word of a sentence also when the document writes it capitalised
     * inside a sentence elsewhere (the tagger often misses a name that opens a sentence).
     */
    boolean nameLike(Words w, int i, int first) {
        if (i < 0 || i >= w.n || w.kind[i] != TokenKind.WORD || !w.capitalised(i) || PRONOUNS.contains(w.lower[i])) {
            return false;
        }
        String tag = w.tag(i);
        if (tag.equals("PROPN")) {
            return true;
        }
        if (i == first) {
            return !tag.equals("DET") && !tag.equals("PRON") && knownName.test(w.text[i]);
        }
        return !NOT_NAMES.contains(tag);
    }

    private static boolean isNounHead(Words w, int i) {
        String tag = w.tag(i);
        return w.kind[i] == TokenKind.WORD && (tag.equals("NOUN") || tag.equals("PROPN")) && !PRONOUNS.contains(w.lower[i]);
    }

    private boolean isNounPhraseWord(Words w, int i, int first) {
        if (i < 0 || i >= w.n) {
            return false;
        }
        if (nameLike(w, i, first)) {
            return true;
        }
        String tag = w.tag(i);
        return w.kind[i] == TokenKind.WORD && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM")
            || DETERMINERS.contains(w.lower[i]) && !w.lower[i].equals("that")) || w.kind[i] == TokenKind.NUMBER;
    }

    private static boolean isNameConnector(String lower) {
        return lower.equals("of") || Names.isConnector(lower);
    }

    private static boolean isPhraseConnector(String lower) {
        return lower.equals("of") || lower.equals("for") || lower.equals("and") || lower.equals("at") || lower.equals("from");
    }

    private static boolean isVerbModifier(Words w, int i) {
        if (w.kind[i] != TokenKind.WORD) {
            return false;
        }
        String tag = w.tag(i);
        boolean lowerCase = !w.capitalised(i);
        return VERB_MODIFIERS.contains(w.lower[i]) || lowerCase && (tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART"))
            || lowerCase && w.lower[i].endsWith("ly") && !tag.equals("NOUN") && !tag.equals("ADJ");
    }

    private static boolean isAdverb(Words w, int i) {
        return w.kind[i] == TokenKind.WORD && (w.tag(i).equals("ADV") || w.tag(i).equals("CCONJ"));
    }
}
