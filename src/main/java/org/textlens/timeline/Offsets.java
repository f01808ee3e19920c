package org.textlens.timeline;

import java.util.Arrays;

/**
 * Converts between UTF-16 indices and code-point offsets of one text. News rarely has characters
 * outside the Basic Multilingual Plane, so the common case is the identity and costs nothing;
 * otherwise the UTF-16 positions of those characters are kept in order, and a conversion is a
 * binary search among them (a whole book in one document with a few emoji stays linear).
 */
final class Offsets {
    /** UTF-16 indices of the high surrogates of supplementary characters, ascending. */
    private final int[] supplementary;

    Offsets(char[] text) {
        int[] found = new int[0];
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            if (Character.isHighSurrogate(text[i]) && i + 1 < text.length && Character.isLowSurrogate(text[i + 1])) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, n * 2));
                }
                found[n++] = i++;
            }
        }
        this.supplementary = Arrays.copyOf(found, n);
    }

    /** The code-point offset of UTF-16 index {@code utf16}: one less for each pair wholly before it. */
    int codePoint(int utf16) {
        if (supplementary.length == 0) {
            return utf16;
        }
        return utf16 - insertionPoint(utf16 - 1);          // pairs that end before utf16
    }

    /** The UTF-16 index of code-point offset {@code codePoint}. */
    int utf16(int codePoint) {
        if (supplementary.length == 0) {
            return codePoint;
        }
        // the k-th pair (from 0) starts at code point supplementary[k] - k
        int lo = 0;
        int hi = supplementary.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementary[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** The number of pairs whose high surrogate is at an index below {@code limit}. */
    private int insertionPoint(int limit) {
        int i = Arrays.binarySearch(supplementary, limit);
        return i >= 0 ? i : -i - 1;
    }
}
