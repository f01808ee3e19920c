package org.textlens.loaded;

import java.util.List;
import java.util.Set;

/** Decides whether an entry's rules accept a candidate hit over tokens {@code [from, to)}. */
final class Context {
    /** Words after which a following word is a noun, not a verb: "his claims", "the admission". */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these", "those", "his", "her", "its",
        "their", "our", "my", "your", "whose", "such", "no", "any", "every", "each", "some", "many", "several",
        "few", "own", "'s", "other", "another", "false", "new", "earlier", "latest", "previous", "repeated");

    /**
     * Words after which an uninflected form is a verb: "they claim", "to claim", "would claim",
     * "often claim"; so is a plural-looking word ("allies maintain", "critics insist").
     */
    static final Set<String> VERB_LEADERS = Set.of("i", "we", "you", "they", "who", "that", "which", "to", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "don't", "doesn't", "didn't", "not",
        "never", "also", "often", "always", "still", "now", "then", "usually", "sometimes", "repeatedly", "continue",
        "and", "or", "people", "critics", "officials", "experts", "some", "others", "many", "both", "all", "let");

    private Context() {
    }

    static boolean accepts(LexiconEntry entry, SentenceWords words, int from, int to, boolean viaLemma) {
        MatchRules rules = entry.rules();
        if (rules.exact() && viaLemma) {
            return false;
        }
        if (rules.caseSensitive() && !writtenAs(entry.surface(), words, from)) {
            return false;
        }
        if (!rules.hasContext()) {
            return true;
        }
        if (rules.verb() && !usedAsVerb(words, from, to)) {
            return false;
        }
        if (!rules.onlyAfter().isEmpty() && rules.onlyAfter().stream().noneMatch(phrase -> endsBefore(phrase, words, from))) {
            return false;
        }
        for (List<String> phrase : rules.notAfter()) {
            if (endsBefore(phrase, words, from)) {
                return false;
            }
        }
        for (List<String> phrase : rules.notBefore()) {
            if (startsAt(phrase, words, to) || (to < words.size() && DETERMINERS.contains(words.lower[to]) && startsAt(phrase, words, to + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean writtenAs(List<String> surface, SentenceWords words, int from) {
        for (int k = 0; k < surface.size(); k++) {
            String written = words.surface(from + k);
            if (!surface.get(k).equals(written) && !surface.get(k).equals(withoutPossessive(written))) {
                return false;
            }
        }
        return true;
    }

    /** "Kiev's" -> "Kiev", "allies'" -> "allies": the case-sensitive entry still matches its possessive. */
    private static String withoutPossessive(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean usedAsVerb(SentenceWords words, int from, int to) {
        String before = from > 0 ? words.lower[from - 1] : "";
        boolean afterDeterminer = DETERMINERS.contains(before) || before.endsWith("'s") || before.endsWith("'") || before.indexOf('-') > 0;
        boolean beforeOf = to < words.size() && words.lower[to].equals("of");
        if (afterDeterminer || beforeOf) {
            return false;
        }
        // "claim" may be a noun or a verb; "claimed" and "claiming" are verbs; an uninflected form is
        // taken as a verb only after a word that introduces one
        boolean inflected = !words.lower[from].equals(words.lemma[from]);
        boolean afterPluralSubject = before.length() > 3 && before.endsWith("s") && !before.endsWith("ss") && !before.endsWith("'s");
        return inflected || VERB_LEADERS.contains(before) || afterPluralSubject;
    }

    /** The phrase's words at tokens {@code at...}, by written form or lemma. */
    private static boolean startsAt(List<String> phrase, SentenceWords words, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String w = phrase.get(k);
            if (!w.equals(words.lower[at + k]) && !w.equals(words.lemma[at + k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsBefore(List<String> phrase, SentenceWords words, int from) {
        return from >= phrase.size() && startsAt(phrase, words, from - phrase.size());
    }
}
