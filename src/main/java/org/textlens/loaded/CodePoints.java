package org.textlens.loaded;

/**
 * Converts UTF-16 indices of one text into code-point offsets, for indices that mostly come in
 * increasing order (the hits of a document). A text without surrogate pairs, most news, needs no
 * conversion at all.
 */
final class CodePoints {
    private final String text;
    private final boolean identity;
    private int lastIndex;
    private int lastCodePoint;

    CodePoints(String text) {
        this.text = text;
        // no surrogate pairs: each UTF-16 index is its code-point offset (a lone surrogate counts as
        // one code point either way); free for Latin-1 strings, which know their count
        this.identity = text.codePointCount(0, text.length()) == text.length();
    }

    int of(int index) {
        if (identity) {
            return index;
        }
        if (index < lastIndex) {
            lastIndex = 0;
            lastCodePoint = 0;
        }
        lastCodePoint += text.codePointCount(lastIndex, index);
        lastIndex = index;
        return lastCodePoint;
    }
}
