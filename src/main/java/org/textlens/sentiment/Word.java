package org.textlens.sentiment;

import java.util.Locale;

/**
 * A whitespace-delimited word of a sentence as sentiment scoring sees it: edge punctuation
 * stripped unless the whole chunk is a lexicon entry (emoticons such as {@code :-)}),
 * apostrophes unified, and whether a clause ends right after it.
 */
record Word(String text, String lower, boolean allCaps, boolean capitalised, boolean hasLetter, boolean clauseEndsAfter) {
    static Word of(String text, boolean clauseEndsAfter) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean hasLetter = false;
        boolean hasLower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hasLetter |= Character.isLetter(c);
            hasLower |= Character.isLowerCase(c);
        }
        boolean allCaps = hasLetter && !hasLower && text.codePointCount(0, text.length()) > 1;
        boolean capitalised = hasLetter && Character.isUpperCase(text.codePointAt(0)) && !allCaps;
        return new Word(text, lower, allCaps, capitalised, hasLetter, clauseEndsAfter);
    }

    Word endingClause() {
        return new Word(text, lower, allCaps, capitalised, hasLetter, true);
    }

    boolean isNegatedForm() {
        return lower.endsWith("n't") || lower.equals("aint");
    }
}
