package org.textlens.timeline;

/**
 * Tokens {@code [first, end)} matched by a rule; {@code symbols[k]} is the symbol that token
 * {@code first + k} matched, so normalisation can ask "which token was the MONTH?".
 */
record Match(Rule rule, int first, int end, int[] symbols) {
    /** The token that matched {@code symbol}, or -1. */
    int find(int symbol) {
        for (int k = 0; k < symbols.length; k++) {
            if (symbols[k] == symbol) {
                return first + k;
            }
        }
        return -1;
    }

    /** The last token that matched {@code symbol}, or -1. */
    int findLast(int symbol) {
        for (int k = symbols.length - 1; k >= 0; k--) {
            if (symbols[k] == symbol) {
                return first + k;
            }
        }
        return -1;
    }

    int length() {
        return end - first;
    }
}
