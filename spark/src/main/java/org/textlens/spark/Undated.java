package org.textlens.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Documents with relative expressions but no date, counted on the executors: the driver gives the
 * CLI's one warning for the run, naming the first such document in corpus order.
 */
final class Undated implements Serializable {
    private final LongAccumulator count;
    private final CollectionAccumulator<Tuple2<Long, String>> firsts;

    Undated(SparkContext sc) {
        count = sc.longAccumulator("documents without a date");
        firsts = sc.collectionAccumulator("first document without a date per task");
    }

    /** A task's tally: call {@link #note} for each undated document, then {@link #flush}. */
    final class Tally {
        private long n;
        private Tuple2<Long, String> first;

        void note(long order, String id) {
            n++;
            if (first == null) {
                first = new Tuple2<>(order, id);
            }
        }

        void flush() {
            count.add(n);
            if (first != null) {
                firsts.add(first);
            }
        }
    }

    Tally tally() {
        return new Tally();
    }

    long count() {
        return count.value();
    }

    Optional<String> first() {
        return firsts.value().stream().min(Comparator.comparing(Tuple2::_1)).map(Tuple2::_2);
    }
}
