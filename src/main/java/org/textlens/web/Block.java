package org.textlens.web;

import org.jsoup.nodes.Element;

/**
 * A run of text that reads as one paragraph: the inline content of a block element up to its next
 * block child. {@code owner} is the block element it sits in; {@code linkChars} how much of it is
 * link text.
 */
record Block(Element owner, String text, int linkChars, boolean heading) {
    int chars() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int words() {
        return words(text);
    }

    /**
     * Words, counted as spaces separate them; in scripts written without spaces (Chinese, Japanese)
     * every two characters count as one word, about what a word is there.
     */
    static int words(String text) {
        int n = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unspaced(c)) {
                ideographs++;
                in = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n + ideographs / 2;
    }

    private static boolean unspaced(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
            || s == Character.UnicodeScript.THAI;
    }
}
