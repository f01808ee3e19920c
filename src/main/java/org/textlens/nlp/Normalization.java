package org.textlens.nlp;

/** Character-level normalisation shared by all tokenizers and analysers: one apostrophe, one hyphen. */
public final class Normalization {
    private Normalization() {
    }

    public static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '\uFF07';
    }

    public static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** One character as the normalised form writes it. */
    public static char normalize(char c) {
        if (c < '\u02BC') {
            return c; // every variant we unify lies above this, and most text below it
        }
        return isApostrophe(c) ? '\'' : isHyphen(c) ? '-' : c;
    }

    /** The token text with every apostrophe written as ' and every word hyphen as -. */
    public static String normalize(String token) {
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
