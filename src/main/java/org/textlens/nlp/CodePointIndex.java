package org.textlens.nlp;

/**
 * Converts UTF-16 indices of one text into code-point offsets. Most news has no surrogate pairs,
 * so the common case is the identity and costs no memory.
 */
final class CodePointIndex {
    private final int[] codePointAt;

    private CodePointIndex(int[] codePointAt) {
        this.codePointAt = codePointAt;
    }

    static CodePointIndex of(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return new CodePointIndex(null);
        }
        int[] map = new int[n + 1];
        int cp = 0;
        for (int c = 0; c < n; c++) {
            map[c] = cp;
            if (!(Character.isHighSurrogate(text.charAt(c)) && c + 1 < n && Character.isLowSurrogate(text.charAt(c + 1)))) {
                cp++;
            }
        }
        map[n] = cp;
        return new CodePointIndex(map);
    }

    int toCodePoint(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }

    Span span(int charStart, int charEnd) {
        return new Span(toCodePoint(charStart), toCodePoint(charEnd));
    }
}
