package org.textlens.timeline;

/**
 * What the tagger knows about one word: the symbols it matches and, aligned with them, the value
 * each class gives it ({@code "5"} for MONTH "may", {@code "-1"} for SHIFT "last"; empty for
 * literal words). {@code ambiguity} says whether the word alone needs a lead word before it.
 */
record WordEntry(String word, int[] symbols, String[] values, Ambiguity ambiguity) {
    enum Ambiguity { NONE, ANY_CASE, CAPITALISED, NEVER_ALONE }

    /** The value for {@code symbol}, or null when the word does not have that class. */
    String value(int symbol) {
        for (int i = 0; i < symbols.length; i++) {
            if (symbols[i] == symbol) {
                return values[i];
            }
        }
        return null;
    }
}
