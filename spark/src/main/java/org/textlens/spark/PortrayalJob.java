package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.textlens.cli.CliOptions;
import org.textlens.nlp.Annotator;
import org.textlens.output.Row;
import org.textlens.portrayal.DocumentTally;
import org.textlens.portrayal.GroupRow;
import org.textlens.portrayal.MentionRow;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.portrayal.PortrayalModel;
import org.textlens.portrayal.SummaryRow;
import org.textlens.portrayal.TargetSource;
import scala.Tuple2;

/**
 * {@code portrayal}: mention rows and per-document summaries in corpus order; with
 * {@code --group-field}, each (group, entity)'s document tallies are brought together with
 * {@code groupByKey}, put in corpus order (the bootstrap interval resamples them in that order,
 * with the CLI's fixed seed), made into the CLI's row by its own collector, and sorted as the CLI
 * sorts them. Records are checked as the CLI checks them (target spans, the group field).
 */
final class PortrayalJob implements SparkCommand {
    /**
     * The targets' sources and the record fields, for the executors.
     *
     * @param targetsFile the shipped --targets file, or null
     */
    record Spec(String targetsField, ArrayList<String> targetNames, ShippedFiles.Shipped targetsFile, String groupField) implements Serializable {
        /** Built once per executor JVM. */
        PortrayalAnalyzer analyzer() {
            return ExecutorCache.get(this, () -> {
                Path file = targetsFile == null ? null : targetsFile.local();
                return new PortrayalAnalyzer(CliOptions.targetSource(targetsField, targetNames, file), PortrayalModel.builtin());
            });
        }

        Documents.RecordCheck check() {
            String field = targetsField;
            String group = groupField;
            return field == null && group == null ? Documents.RecordCheck.NONE : doc -> CliOptions.checkRecord(doc, field, group);
        }
    }

    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // read on the driver first: a bad --targets line fails here with FILE:LINE, before any task runs
        TargetSource source = cli.targetSource();
        ShippedFiles.Shipped shipped = cli.targetsFile() == null ? null : new ShippedFiles(job.sc()).add(cli.targetsFile());
        Spec spec = new Spec(cli.targetsField(), new ArrayList<>(cli.targetNames()), shipped, cli.groupField());
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        long rows;
        if (spec.groupField() != null) {
            rows = groups(output, corpus, annotation, spec);
        } else if (cli.portrayalSummary()) {
            rows = DocumentRows.write(output, corpus, annotation, SummaryRow.SCHEMA, () -> spec.analyzer().summaries(), spec.check());
        } else {
            boolean explain = cli.portrayalExplain();
            rows = DocumentRows.write(output, corpus, annotation, explain ? MentionRow.SCHEMA_EXPLAINED : MentionRow.SCHEMA,
                () -> spec.analyzer().mentions(explain), spec.check());
        }
        return new Result(cli.describe(source), rows, Map.of("input", corpus.report()));
    }

    /** A document's tally for one (group, entity), with the document's place in the corpus. */
    private record Tally(long doc, String group, String entity, int mentions, double sum, int negative, int neutral, int positive)
        implements Serializable {
        static Tally of(long doc, DocumentTally t) {
            return new Tally(doc, t.group(), t.entity(), t.mentions(), t.sum(), t.negative(), t.neutral(), t.positive());
        }

        DocumentTally tally() {
            return new DocumentTally(group, entity, mentions, sum, negative, neutral, positive);
        }
    }

    /** The order of group rows: group, then most mentions first, then entity. */
    private record GroupOrder(String group, int mentions, String entity) implements Comparable<GroupOrder>, Serializable {
        private static final Comparator<GroupOrder> ORDER = Comparator.comparing(GroupOrder::group)
            .thenComparing(Comparator.comparingInt(GroupOrder::mentions).reversed()).thenComparing(GroupOrder::entity);

        @Override
        public int compareTo(GroupOrder other) {
            return ORDER.compare(this, other);
        }
    }

    private static long groups(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Spec spec) throws IOException {
        Documents documents = corpus.documents();
        String groupField = spec.groupField();
        Documents.RecordCheck check = spec.check();
        JavaPairRDD<Tuple2<String, String>, Tally> tallies = corpus.splits().mapPartitionsWithIndex((partition, splits) -> {
            var analyzer = spec.analyzer().tallies(groupField);
            Annotator annotator = annotation.newAnnotator();
            List<Tuple2<Tuple2<String, String>, Tally>> out = new ArrayList<>();
            long[] index = {0};
            documents.forEach(splits, check, d -> {
                long order = SortKey.document(partition, index[0]++);
                analyzer.analyze(annotator.annotate(d)).forEach(t ->
                    out.add(new Tuple2<>(new Tuple2<>(t.group(), t.entity()), Tally.of(order, t))));
            });
            return out.iterator();
        }, true).mapToPair(t -> t);
        JavaPairRDD<GroupOrder, Row> rows = tallies.groupByKey().mapToPair(e -> {
            List<Tally> docs = new ArrayList<>();
            e._2().forEach(docs::add);
            docs.sort(Comparator.comparingLong(Tally::doc));
            GroupRow.Collector collector = new GroupRow.Collector();
            docs.forEach(t -> collector.add(t.tally()));
            GroupRow row = collector.rows().get(0);
            return new Tuple2<GroupOrder, Row>(new GroupOrder(row.group(), row.mentions(), row.entity()), PortableRow.of(row));
        }).sortByKey(true, Math.max(1, corpus.splits().getNumPartitions()));
        return output.write(rows.values(), (items, out) -> items.forEachRemaining(out), GroupRow.SCHEMA);
    }
}
