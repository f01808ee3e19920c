package org.textlens.timeline;

/**
 * Converts between UTF-16 indices and code-point offsets of one text. News rarely has characters
 * outside the Basic Multilingual Plane, so the common case is the identity and costs nothing.
 */
final class Offsets {
    private final String text;
    private final boolean identity;

    Offsets(String text) {
        this.text = text;
        this.identity = text.length() == text.codePointCount(0, text.length());
    }

    int codePoint(int utf16) {
        return identity ? utf16 : text.codePointCount(0, utf16);
    }

    int utf16(int codePoint) {
        return identity ? codePoint : text.offsetByCodePoints(0, codePoint);
    }
}
