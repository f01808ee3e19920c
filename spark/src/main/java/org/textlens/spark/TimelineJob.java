package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.textlens.cli.CliOptions;
import org.textlens.nlp.Annotator;
import org.textlens.output.Row;
import org.textlens.timeline.Granularity;
import org.textlens.timeline.PeriodRow;
import org.textlens.timeline.Periods;
import org.textlens.timeline.TaggedDocument;
import org.textlens.timeline.TimelineAnalyzer;
import org.textlens.timeline.TimelineRow;
import scala.Tuple2;

/**
 * {@code timeline}: with {@code --all} every expression in text order, straight from each
 * partition; by default the timeline, sorted across the corpus by the first day each expression
 * covers, then document, then offset (a distributed sort); with {@code --group-by} the periods,
 * added up with {@code reduceByKey} and ordered by name as the CLI orders them.
 */
final class TimelineJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        Undated undated = new Undated(job.sc().sc());
        long rows;
        if (cli.allExpressions()) {
            rows = all(output, corpus, annotation, undated);
        } else if (cli.groupBy().isPresent()) {
            rows = periods(output, corpus, annotation, undated, cli.groupBy().get());
        } else {
            rows = timeline(output, corpus, annotation, undated);
        }
        if (undated.count() > 0) {
            job.diagnostics().warn(undated.first().orElse("input"), CliOptions.undatedWarning(undated.count()));
        }
        return new Result(cli.timelineOptions(), rows, Map.of("input", corpus.report()));
    }

    /** The tagger, built once per executor JVM; {@code datedOnly} leaves out rows no timeline shows. */
    private static TimelineAnalyzer analyzer(boolean datedOnly) {
        return ExecutorCache.get(List.of(TimelineAnalyzer.class, datedOnly), () -> new TimelineAnalyzer(datedOnly));
    }

    /** Each document of a partition, tagged, with its place in the corpus; documents without a date are noted. */
    private interface TaggedSink {
        void accept(long order, TaggedDocument doc);
    }

    private static void tag(Documents documents, AnnotationSpec annotation, Undated undated, boolean datedOnly, int partition,
                            java.util.Iterator<Split> splits, TaggedSink sink) {
        TimelineAnalyzer analyzer = analyzer(datedOnly);
        Annotator annotator = annotation.newAnnotator();
        Undated.Tally tally = undated.tally();
        long[] index = {0};
        documents.forEach(splits, d -> {
            long order = SortKey.document(partition, index[0]++);
            analyzer.analyze(annotator.annotate(d)).forEach(doc -> {
                if (doc.lacksDate()) {
                    tally.note(order, doc.doc().id());
                }
                sink.accept(order, doc);
            });
        });
        tally.flush();
    }

    private static long all(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Undated undated) throws IOException {
        Documents documents = corpus.documents();
        return output.write(corpus.splits(), (splits, out) -> tag(documents, annotation, undated, false, TaskContext.getPartitionId(), splits,
            (order, doc) -> doc.rows().forEach(out)), TimelineRow.SCHEMA);
    }

    private static long timeline(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Undated undated) throws IOException {
        Documents documents = corpus.documents();
        JavaPairRDD<SortKey, Row> dated = corpus.splits().mapPartitionsWithIndex((partition, splits) -> {
            List<Tuple2<SortKey, Row>> out = new ArrayList<>();
            tag(documents, annotation, undated, true, partition, splits, (order, doc) -> doc.rows().stream().filter(TimelineRow::onTimeline)
                .forEach(r -> out.add(new Tuple2<>(new SortKey(LocalDate.parse(r.from().orElseThrow()).toEpochDay(), order, r.start()),
                    PortableRow.of(r)))));
            return out.iterator();
        }, true).mapToPair(t -> t).persist(StorageLevel.MEMORY_AND_DISK_SER()); // tagged once: the sort's sample reads it too
        JavaRDD<Row> sorted = dated.sortByKey(new SortKey.Order(), true, Math.max(1, corpus.splits().getNumPartitions())).values();
        long rows = output.write(sorted, (items, out) -> items.forEachRemaining(out), TimelineRow.SCHEMA);
        dated.unpersist();
        return rows;
    }

    /** One dated mention's context, with its place in the corpus: a period's examples are the first distinct ones. */
    private record Example(long doc, long item, String context) implements Serializable {
        static final Comparator<Example> ORDER = Comparator.comparingLong(Example::doc).thenComparingLong(Example::item);
    }

    /** A period's mentions and its first distinct examples, added up across partitions. */
    private record Tally(Periods.Slot slot, long mentions, List<Example> examples) implements Serializable {
        Tally merge(Tally other) {
            List<Example> all = new ArrayList<>(examples);
            all.addAll(other.examples);
            all.sort(Example.ORDER);
            List<Example> kept = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Example e : all) {
                if (kept.size() < Periods.EXAMPLES && seen.add(e.context())) {
                    kept.add(e);
                }
            }
            return new Tally(slot, mentions + other.mentions, kept);
        }
    }

    /** A dated mention that counts in a period. */
    private record Mention(String docId, Tally tally) implements Serializable {
    }

    private static long periods(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Undated undated, Granularity granularity)
        throws IOException {
        Documents documents = corpus.documents();
        JavaPairRDD<String, Mention> mentions = corpus.splits().mapPartitionsWithIndex((partition, splits) -> {
            Periods periods = new Periods(granularity);
            List<Tuple2<String, Mention>> out = new ArrayList<>();
            tag(documents, annotation, undated, true, partition, splits, (order, doc) -> {
                long[] item = {0};
                doc.rows().forEach(r -> {
                    long at = item[0]++;
                    periods.slot(r).ifPresent(slot -> out.add(new Tuple2<>(slot.name(),
                        new Mention(r.docId(), new Tally(slot, 1, List.of(new Example(order, at, r.context())))))));
                });
            });
            return out.iterator();
        }, true).mapToPair(t -> t).persist(StorageLevel.MEMORY_AND_DISK_SER()); // read twice: tallies and documents
        JavaPairRDD<String, Tally> tallies = mentions.mapValues(Mention::tally).reduceByKey(Tally::merge);
        JavaPairRDD<String, Long> documentCounts = mentions.map(m -> new Tuple2<>(m._1(), m._2().docId())).distinct()
            .mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum);
        JavaRDD<Tuple2<Tally, Long>> ordered = tallies.join(documentCounts).sortByKey(true).values();
        long rows = output.write(ordered, (items, out) -> {
            Periods periods = new Periods(granularity);
            items.forEachRemaining(t -> {
                PeriodRow row = periods.row(t._1().slot(), t._1().mentions(), t._2(), t._1().examples().stream().map(Example::context).toList());
                out.accept(row);
            });
        }, PeriodRow.SCHEMA);
        mentions.unpersist();
        return rows;
    }
}
