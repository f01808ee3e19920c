package org.textlens.nlp;

import java.util.Map;

/**
 * Immutable open-addressing map from word form to lemma that can be probed with a slice of a
 * longer string. The lemmatizer looks up "ukraine" inside "ukraine's" and "talks" inside
 * "peace-talks"; a {@code HashMap} would force a substring allocation for every such probe.
 */
final class FormTable {
    private final String[] keys;
    private final String[] values;
    private final int mask;

    FormTable(Map<String, String> entries) {
        // Load factor at most 0.5 keeps probe chains short without measurable memory cost
        // (a few thousand entries).
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new String[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String key = e.getKey();
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
    }

    /** Returns the lemma stored for {@code s[from, to)}, or null when the form is not listed. */
    String get(String s, int from, int to) {
        int len = to - from;
        // Same polynomial as String.hashCode(), so keys hash identically at build time.
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int slot = spread(h) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.length() == len && key.regionMatches(0, s, from, len)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** True when the value returned by {@link #get} means "the form is its own lemma". */
    boolean isIdentity(String s, int from, int to, String value) {
        int len = to - from;
        return value.length() == len && value.regionMatches(0, s, from, len);
    }

    private static int spread(int h) {
        // String hashes of short lower-case words differ mostly in the low bits of the last
        // characters; folding the high half in avoids clustering in a power-of-two table.
        return h ^ (h >>> 16);
    }
}
