package org.textlens.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A key of three numbers, compared in order: (first day, document, offset) for the sorted
 * timeline, (document, row, 0) to put rows back into corpus order after a join.
 */
record SortKey(long first, long second, long third) implements Serializable {
    static final class Order implements Comparator<SortKey>, Serializable {
        @Override
        public int compare(SortKey a, SortKey b) {
            int c = Long.compare(a.first, b.first);
            if (c == 0) {
                c = Long.compare(a.second, b.second);
            }
            return c != 0 ? c : Long.compare(a.third, b.third);
        }
    }

    /**
     * A document's place in the corpus: partitions hold consecutive stretches of the corpus in
     * order, so (partition, index within it) orders documents as the CLI reads them.
     */
    static long document(int partition, long index) {
        return ((long) partition << 32) | index;
    }
}
