package org.textlens.attribution;

/** A document's text as code points, so that offsets and slices agree with every other output. */
record DocText(int[] cp) {
    static DocText of(String text) {
        return new DocText(text.codePoints().toArray());
    }

    String slice(int start, int end) {
        return new String(cp, start, end - start);
    }

    int length() {
        return cp.length;
    }
}
