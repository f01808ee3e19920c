package org.textlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Standard competition ranks (1, 1, 3) over a list sorted across partitions, without bringing the
 * list to the driver: a first pass collects each partition's size and its first and last scores,
 * from which the driver works out where each partition starts and which rank a tie carried over
 * from the previous partition has; a second pass numbers the rows.
 */
final class CompetitionRanks {
    /** A row of a ranked list. */
    record Item<V>(long rank, Ranked key, V value) implements Serializable {
    }

    private record Edge(int partition, long size, double first, double last, long lastRunStart) implements Serializable {
    }

    private record Start(long offset, boolean continuesTie, long carriedRank) implements Serializable {
    }

    private CompetitionRanks() {
    }

    /** The ranked rows of {@code list}, sorted by its keys; with {@code top > 0} only the first {@code top}. */
    static <V> JavaRDD<Item<V>> rank(JavaPairRDD<Ranked, V> list, int top) {
        JavaPairRDD<Ranked, V> sorted = list.persist(StorageLevel.MEMORY_AND_DISK()); // read twice: edges, then rows
        List<Edge> edges = new ArrayList<>(sorted.mapPartitionsWithIndex((index, it) -> {
            long size = 0;
            double first = 0;
            double last = 0;
            long runStart = 0;
            while (it.hasNext()) {
                double score = it.next()._1().score();
                if (size == 0) {
                    first = score;
                } else if (Double.compare(score, last) != 0) {
                    runStart = size;
                }
                last = score;
                size++;
            }
            return List.of(new Edge(index, size, first, last, runStart)).iterator();
        }, true).collect());
        edges.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        List<Start> starts = new ArrayList<>();
        long offset = 0;
        Edge previous = null;
        long previousLastRank = 0;
        for (Edge e : edges) {
            boolean tie = previous != null && e.size() > 0 && Double.compare(e.first(), previous.last()) == 0;
            starts.add(new Start(offset, tie, tie ? previousLastRank : 0));
            if (e.size() > 0) {
                previousLastRank = e.lastRunStart() == 0 && tie ? previousLastRank : offset + e.lastRunStart() + 1;
                previous = e;
            }
            offset += e.size();
        }
        return sorted.mapPartitionsWithIndex((index, it) -> number(starts.get(index), it, top), true);
    }

    private static <V> Iterator<Item<V>> number(Start start, Iterator<Tuple2<Ranked, V>> it, int top) {
        List<Item<V>> out = new ArrayList<>();
        long position = start.offset();
        long rank = 0;
        double last = 0;
        while (it.hasNext() && (top <= 0 || position < top)) {
            Tuple2<Ranked, V> row = it.next();
            double score = row._1().score();
            if (out.isEmpty()) {
                rank = start.continuesTie() ? start.carriedRank() : position + 1;
            } else if (Double.compare(score, last) != 0) {
                rank = position + 1;
            }
            last = score;
            out.add(new Item<>(rank, row._1(), row._2()));
            position++;
        }
        return out.iterator();
    }
}
