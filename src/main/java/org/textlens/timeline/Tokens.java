package org.textlens.timeline;

import java.util.Arrays;

/**
 * The tokens of one document as parallel arrays (UTF-16 offsets, symbols, numbers): a news
 * corpus has hundreds of millions of tokens and almost none of them are temporal, so they are
 * not objects. Filled by {@link Scanner}.
 */
final class Tokens {
    static final int[] NONE = new int[0];

    int size;
    int[] start;
    int[] end;
    int[] sentence;
    /** Where patterns may run: a sentence, or sentences joined where the splitter cut after "Aug.". */
    int[] segment;
    int[][] symbols;
    WordEntry[] entry;
    long[] number;

    /** Room for {@code capacity} tokens before the arrays grow. */
    Tokens(int capacity) {
        int n = Math.max(16, capacity);
        start = new int[n];
        end = new int[n];
        sentence = new int[n];
        segment = new int[n];
        symbols = new int[n][];
        entry = new WordEntry[n];
        number = new long[n];
    }

    void add(int from, int to, int sentenceIndex, int segmentIndex, int[] syms, WordEntry e, long value) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            sentence = Arrays.copyOf(sentence, n);
            segment = Arrays.copyOf(segment, n);
            symbols = Arrays.copyOf(symbols, n);
            entry = Arrays.copyOf(entry, n);
            number = Arrays.copyOf(number, n);
        }
        start[size] = from;
        end[size] = to;
        sentence[size] = sentenceIndex;
        segment[size] = segmentIndex;
        symbols[size] = syms;
        entry[size] = e;
        number[size] = value;
        size++;
    }

    boolean has(int token, int symbol) {
        for (int s : symbols[token]) {
            if (s == symbol) {
                return true;
            }
        }
        return false;
    }
}
