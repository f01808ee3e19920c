package org.textlens.freq;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Standard competition ranking: rows that tie on the sort score share a rank (1, 1, 3). */
final class Ranking {
    private Ranking() {
    }

    /** Ranks of {@code sorted} rows by {@code score}; rows must already be in rank order. */
    static <T> long[] competition(List<T> sorted, ToDoubleFunction<T> score) {
        long[] ranks = new long[sorted.size()];
        for (int i = 0; i < ranks.length; i++) {
            boolean tie = i > 0 && Double.compare(score.applyAsDouble(sorted.get(i)), score.applyAsDouble(sorted.get(i - 1))) == 0;
            ranks[i] = tie ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    /** Count descending, then term ascending: the documented order of every frequency list. */
    static <T> Comparator<T> byCountThenTerm(java.util.function.ToLongFunction<T> count, java.util.function.Function<T, String> term) {
        return Comparator.<T>comparingLong(count).reversed().thenComparing(term);
    }
}
