package org.textlens.loaded;

/**
 * Converts UTF-16 indices of one text into code-point offsets, for indices that mostly come in
 * increasing order (the hits of a document): each call counts only from the previous index, so a
 * document is read at most once, and only up to its last hit. Latin-1 strings, most news, know
 * their count without reading.
 */
final class CodePoints {
    private final String text;
    private int lastIndex;
    private int lastCodePoint;

    CodePoints(String text) {
        this.text = text;
    }

    int of(int index) {
        if (index < lastIndex) {
            lastIndex = 0;
            lastCodePoint = 0;
        }
        lastCodePoint += text.codePointCount(lastIndex, index);
        lastIndex = index;
        return lastCodePoint;
    }
}
