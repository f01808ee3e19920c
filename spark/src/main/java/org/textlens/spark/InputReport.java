package org.textlens.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.textlens.corpus.Diagnostics;

/**
 * What reading the corpus ran into on the executors, added up on the driver with Spark
 * accumulators: documents read, records skipped with {@code --keep-going} (and where the first
 * ones were), malformed byte sequences replaced, and damaged records read past (and where). Each executor also prints its messages in
 * the CLI's words on its stderr; the driver prints the totals and writes them into the output's
 * {@code _textlens.json}. A task that Spark runs again (after a lost executor) may count twice.
 */
final class InputReport implements Serializable {
    /** How many skipped places each task names; the total is always exact. */
    static final int PLACES_PER_TASK = 5;

    private final LongAccumulator documents;
    private final LongAccumulator skipped;
    private final LongAccumulator malformed;
    private final CollectionAccumulator<String> places;
    private final LongAccumulator damaged;
    private final CollectionAccumulator<String> damagedPlaces;

    InputReport(SparkContext sc, String corpus) {
        documents = sc.longAccumulator(corpus + " documents");
        skipped = sc.longAccumulator(corpus + " records skipped");
        malformed = sc.longAccumulator(corpus + " malformed byte sequences");
        places = sc.collectionAccumulator(corpus + " skipped places");
        damaged = sc.longAccumulator(corpus + " damaged records");
        damagedPlaces = sc.collectionAccumulator(corpus + " damaged places");
    }

    /** Called by a task when it has read its partition. */
    void add(long docs, Diagnostics diagnostics) {
        documents.add(docs);
        List<String> where = diagnostics.skipped();
        skipped.add(where.size());
        where.stream().limit(PLACES_PER_TASK).forEach(places::add);
        malformed.add(diagnostics.malformedSequences());
        List<String> damage = diagnostics.damaged();
        damaged.add(damage.size());
        damage.stream().limit(PLACES_PER_TASK).forEach(damagedPlaces::add);
    }

    /** Stretches of damage that reading got past (damaged WARC records), each one warning in its executor's log. */
    long damaged() {
        return damaged.value();
    }

    /** The first places of damage, sorted. */
    List<String> damagedPlaces() {
        return damagedPlaces.value().stream().sorted().toList();
    }

    long documents() {
        return documents.value();
    }

    long skipped() {
        return skipped.value();
    }

    long malformed() {
        return malformed.value();
    }

    /** The first places of skipped records, sorted. */
    List<String> places() {
        return places.value().stream().sorted().toList();
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents());
        m.put("records_skipped", skipped());
        m.put("skipped", places());
        m.put("malformed_byte_sequences", malformed());
        m.put("damaged_records", damaged());
        m.put("damaged", damagedPlaces());
        return m;
    }
}
