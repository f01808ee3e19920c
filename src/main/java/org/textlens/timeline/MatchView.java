package org.textlens.timeline;

/** A match read together with its tokens and text: which token is the MONTH, what it says. */
final class MatchView {
    final Match match;
    final Tokens tokens;
    final char[] text;

    MatchView(Match match, Tokens tokens, char[] text) {
        this.match = match;
        this.tokens = tokens;
        this.text = text;
    }

    int find(int symbol) {
        return match.find(symbol);
    }

    boolean has(int symbol) {
        return match.find(symbol) >= 0;
    }

    /** The value the word-list class {@code symbol} gives the token that matched it, or null. */
    String value(int symbol) {
        int t = match.find(symbol);
        if (t < 0) {
            return null;
        }
        WordEntry e = tokens.entry[t];
        return e == null ? null : e.value(symbol);
    }

    int intValue(int symbol) {
        return Integer.parseInt(value(symbol));
    }

    /** The number written in digits at the token that matched {@code symbol}. */
    long number(int symbol) {
        return tokens.number[match.find(symbol)];
    }

    /** The ordinal at the token that matched {@code symbol}: "third" 3, "last" -1, "5th" 5; 0 when absent. */
    int intOrdinal(int symbol) {
        int t = match.find(symbol);
        if (t < 0) {
            return 0;
        }
        WordEntry e = tokens.entry[t];
        String v = e == null ? null : e.value(symbol);
        return v != null ? Integer.parseInt(v) : (int) tokens.number[t];
    }

    /** The token's text folded to lower case. */
    String word(int token) {
        StringBuilder b = new StringBuilder(tokens.end[token] - tokens.start[token]);
        for (int i = tokens.start[token]; i < tokens.end[token]; i++) {
            b.append(Vocabulary.fold(text[i]));
        }
        return b.toString();
    }

    boolean hasWord(String w) {
        for (int t = match.first(); t < match.end(); t++) {
            if (word(t).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of tokens {@code [from, to)} joined by single spaces. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word(t));
        }
        return b.toString();
    }
}
