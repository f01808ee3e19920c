package org.textlens.freq;

import java.util.Arrays;
import org.textlens.nlp.Normalization;

/**
 * A hash table from word forms to values that is looked up straight from a slice of the text,
 * normalising apostrophes and hyphens on the fly: the hot path of counting creates no string per
 * token. Open addressing with linear probing; keys are the normalised forms, kept as arrays so
 * that a comparison reads them without a call per character.
 */
final class WordTable<V> {
    private char[][] keys = new char[1 << 12][];
    private Object[] values = new Object[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int size;
    private int shift = 32 - 12;

    int size() {
        return size;
    }

    static int hash(char[] source, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Normalization.normalize(source[i]);
        }
        return h;
    }

    /** Fibonacci hashing: spreads String-style hashes, which cluster under linear probing. */
    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    @SuppressWarnings("unchecked")
    V get(char[] source, int start, int end, int hash) {
        int mask = keys.length - 1;
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && matches(key, source, start, end)) {
                return (V) values[slot];
            }
        }
    }

    /** Adds a key known to be absent. */
    void put(String key, int hash, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key.toCharArray(), hash, value);
        size++;
    }

    void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        size = 0;
    }

    private static boolean matches(char[] key, char[] source, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            char c = source[start + i];
            if (key[i] != c && key[i] != Normalization.normalize(c)) {
                return false;
            }
        }
        return true;
    }

    private void insert(char[] key, int hash, Object value) {
        int mask = keys.length - 1;
        int slot = home(hash);
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
    }

    private void grow() {
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        shift--;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
