package org.textlens.nlp;

/** Character-level normalisation shared by all tokenizers: one apostrophe, one hyphen. */
final class Normalization {
    private Normalization() {
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '\uFF07';
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The token text with every apostrophe written as ' and every word hyphen as -. */
    static String normalize(String token) {
        int i = 0;
        int n = token.length();
        while (i < n) {
            char c = token.charAt(i);
            if ((isApostrophe(c) && c != '\'') || (isHyphen(c) && c != '-')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return token;
        }
        StringBuilder sb = new StringBuilder(n).append(token, 0, i);
        for (; i < n; i++) {
            char c = token.charAt(i);
            sb.append(isApostrophe(c) ? '\'' : isHyphen(c) ? '-' : c);
        }
        return sb.toString();
    }
}
