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
    int[] start = new int[256];
    int[] end = new int[256];
    int[] sentence = new int[256];
    /** Where patterns may run: a sentence, or sentences joined where the splitter cut after "Aug.". */
    int[] segment = new int[256];
    int[][] symbols = new int[256][];
    WordEntry[] entry = new WordEntry[256];
    long[] number = new long[256];

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
