package org.textlens.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of words.tsv and the literal words of the patterns, in an open-addressing table that
 * is probed with characters straight from the text: looking up a word that is not there (most
 * words) allocates nothing. Case is folded for ASCII and by {@link Character#toLowerCase} beyond.
 */
final class Vocabulary {
    private final WordEntry[] table;
    private final char[][] keys;     // the words of the table's entries, as arrays for probing
    private final int mask;

    private Vocabulary(WordEntry[] table) {
        this.table = table;
        this.keys = new char[table.length][];
        for (int i = 0; i < table.length; i++) {
            keys[i] = table[i] == null ? null : table[i].word().toCharArray();
        }
        this.mask = table.length - 1;
    }

    /** Builds the table; {@code classes} maps a word to its (symbol, value) pairs in file order. */
    static Vocabulary of(Map<String, List<String[]>> classes, Symbols symbols, Map<String, WordEntry.Ambiguity> ambiguous) {
        int size = Integer.highestOneBit(Math.max(16, classes.size() * 4));
        WordEntry[] table = new WordEntry[size];
        for (Map.Entry<String, List<String[]>> e : classes.entrySet()) {
            List<String[]> pairs = e.getValue();
            int[] ids = new int[pairs.size()];
            String[] values = new String[pairs.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = symbols.id(pairs.get(i)[0]);
                values[i] = pairs.get(i)[1];
            }
            String word = e.getKey();
            WordEntry entry = new WordEntry(word, ids, values, ambiguous.getOrDefault(word, WordEntry.Ambiguity.NONE));
            int slot = word.hashCode() & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = entry;
        }
        return new Vocabulary(table);
    }

    /** A builder's view: word to (class, value) pairs, keeping order and dropping repeats. */
    static void add(Map<String, List<String[]>> classes, String word, String symbol, String value) {
        List<String[]> pairs = classes.computeIfAbsent(word, w -> new ArrayList<>(2));
        for (String[] p : pairs) {
            if (p[0].equals(symbol)) {
                return;
            }
        }
        pairs.add(new String[] {symbol, value});
    }

    static Map<String, List<String[]>> newClasses() {
        return new LinkedHashMap<>();
    }

    /** The entry of {@code chars[from, to)} folded to lower case, or null. */
    WordEntry find(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c < 128 ? c : fold(c));   // ASCII without a call
        }
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            WordEntry e = table[slot];
            if (e == null) {
                return null;
            }
            if (matches(keys[slot], chars, from, to)) {
                return e;
            }
        }
    }

    WordEntry find(String word) {
        char[] chars = word.toCharArray();
        return find(chars, 0, chars.length);
    }

    private static boolean matches(char[] word, char[] chars, int from, int to) {
        if (word.length != to - from) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            char c = chars[from + i];
            if (word[i] != (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : fold(c))) {
                return false;
            }
        }
        return true;
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    Set<String> words() {
        Set<String> out = new java.util.TreeSet<>();
        for (WordEntry e : table) {
            if (e != null) {
                out.add(e.word());
            }
        }
        return out;
    }
}
