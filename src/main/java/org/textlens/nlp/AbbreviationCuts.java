package org.textlens.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a sentence end after an abbreviation, where the next words continue the sentence, from a
 * true one. OpenNLP's English sentence model often cuts after "Gen. | Colin Powell",
 * "Daniel P. | Davison", "Bush vs. | Dukakis", "on Aug. | 5", "at 9 a.m. | Tuesday", "5 p.m. |
 * yesterday": each cut breaks the sentence that sentiment scores, quotes attribute and timeline
 * takes its tense from. A cut is undone only when the abbreviation cannot end a sentence there:
 * <ul>
 *   <li>a title or "vs." (always followed by what it qualifies);</li>
 *   <li>a month abbreviation or "No." before a number ("Aug. 5", "No. 2");</li>
 *   <li>"a.m."/"p.m." before a day, a month, a time zone, a number or a parenthesis;</li>
 *   <li>a middle initial between two capitalised names ("Daniel P. Davison");</li>
 *   <li>any abbreviation (inner period, single letter, or listed) before a lower-case word;</li>
 *   <li>a bracket closing after a period, before a lower-case word ("Sen. Lena Marsh (D-Ore.) said").</li>
 * </ul>
 * A capitalised word that usually opens a sentence ("The", "He", "But") after the abbreviation
 * keeps the cut, except after a title or "vs.".
 */
final class AbbreviationCuts {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "gen", "gov", "sen", "rep",
        "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "pres", "supt", "vs", "v");
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "no", "nos");
    private static final Set<String> OTHER_ABBREVIATIONS = Set.of("inc", "corp", "co", "ltd", "bros", "jr", "sr", "st",
        "etc", "approx", "est", "dept", "univ", "assn", "ave", "blvd");
    private static final Set<String> CLOCK = Set.of("a.m", "p.m");
    private static final Set<String> AFTER_CLOCK = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "oct.", "nov.", "dec.",
        "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "et", "ct", "pt", "bst", "cet");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
        "but", "and", "or", "so", "yet", "in", "on", "at", "by", "for", "from", "to", "with", "as", "if", "when",
        "while", "after", "before", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "there", "here", "then", "now", "still", "also", "however", "meanwhile", "what", "who", "why", "how");

    /** The longest listed abbreviation without a period inside ("messrs", "approx"). */
    private static final int LONGEST = 6;

    private AbbreviationCuts() {
    }

    /**
     * Whether the cut between a sentence ending at {@code end} (exclusive, trimmed) and the next
     * one starting at {@code next} falls after an abbreviation that the next words continue.
     */
    static boolean continues(String text, int end, int next) {
        if (end >= 2 && text.charAt(end - 1) == ')' && text.charAt(end - 2) == '.' && next < text.length()
            && Character.isLowerCase(text.charAt(next))) {
            return true;                                           // "Sen. Lena Marsh (D-Ore.) said": a bracket closes, the sentence goes on
        }
        if (end <= 0 || text.charAt(end - 1) != '.' || next >= text.length()) {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        if (end - 1 - wordStart > LONGEST && text.indexOf('.', wordStart) == end - 1) {
            return false;                                          // "said.", "Washington.": no abbreviation
        }
        String abbreviation = text.substring(wordStart, end - 1); // without the final period
        if (abbreviation.isEmpty() || !Character.isLetter(abbreviation.charAt(0))) {
            return false;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && !Character.isWhitespace(text.charAt(nextEnd))) {
            nextEnd++;
        }
        String following = text.substring(next, nextEnd);
        char first = following.charAt(0);
        String key = abbreviation.toLowerCase(Locale.ROOT);
        if (TITLES.contains(key)) {
            return Character.isLetterOrDigit(first);
        }
        if (Character.isDigit(first)) {
            return BEFORE_NUMBER.contains(key) || CLOCK.contains(key);
        }
        if (Character.isLowerCase(first)) {
            return isAbbreviation(abbreviation, key);
        }
        if (opensSentence(following)) {
            return false;
        }
        if (CLOCK.contains(key)) {
            return first == '(' || AFTER_CLOCK.contains(bare(following).toLowerCase(Locale.ROOT));
        }
        return isInitial(abbreviation) && Character.isUpperCase(first) && followsName(text, wordStart);
    }

    private static boolean isAbbreviation(String abbreviation, String key) {
        return abbreviation.indexOf('.') > 0 || abbreviation.length() == 1 || TITLES.contains(key)
            || BEFORE_NUMBER.contains(key) || OTHER_ABBREVIATIONS.contains(key);
    }

    private static boolean isInitial(String abbreviation) {
        return abbreviation.length() == 1 && Character.isUpperCase(abbreviation.charAt(0));
    }

    /** The word before the initial is a capitalised name or another initial ("John F.", "J. R."). */
    private static boolean followsName(String text, int initialStart) {
        int end = initialStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == initialStart || end == 0) {
            return false;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        String key = word.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(word.charAt(0)) && !OPENERS.contains(key)
            && (word.length() == 2 && word.charAt(1) == '.' || word.chars().allMatch(Character::isLetter)
                || key.endsWith(".") && TITLES.contains(key.substring(0, key.length() - 1)));
    }

    private static boolean opensSentence(String word) {
        return OPENERS.contains(bare(word).toLowerCase(Locale.ROOT));
    }

    /** The word without punctuation after it ("Tuesday," → "Tuesday"), keeping an inner or final period of an abbreviation. */
    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && ",;:!?'\")".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
