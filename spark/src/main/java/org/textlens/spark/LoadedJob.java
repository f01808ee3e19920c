package org.textlens.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.textlens.cli.CliOptions;
import org.textlens.loaded.HitRow;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.loaded.LoadedModel;
import org.textlens.output.Schema;
import org.textlens.loaded.SummaryRow;
import org.textlens.nlp.Annotator;
import org.textlens.output.Row;
import scala.Tuple2;

/**
 * {@code loaded}: hit rows or per-document summaries in corpus order. With {@code --skip-repeats}
 * a sentence's hits count only in the first document it occurs in: the first document of each
 * sentence is found with {@code reduceByKey}, joined back to the hits, and the kept hits are put
 * back into corpus order with a distributed sort.
 */
final class LoadedJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // read on the driver first: a bad file fails here with FILE:LINE, before any task runs
        Optional<LoadedModel> learned = cli.loadedModel();
        LoadedLexicon lexicon = cli.loadedLexicon(job.diagnostics(), learned);
        ShippedFiles files = new ShippedFiles(job.sc());
        LoadedSpec spec = new LoadedSpec(cli.loadedBuiltin(), files.add(cli.loadedLexiconFiles()), files.add(cli.loadedDicFiles()),
            new ArrayList<>(cli.loadedCategories()), cli.minWeight(), cli.loadedSpeakers(),
            cli.loadedModelSource().map(m -> ShippedModel.of(files, m)).orElse(null));
        boolean context = cli.loadedContext();
        boolean explain = cli.loadedExplain();
        Schema schema = HitRow.schema(cli.loadedSpeakers(), explain, context);
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        long rows;
        if (cli.loadedSummary()) {
            rows = DocumentRows.write(output, corpus, annotation, SummaryRow.SCHEMA, () -> spec.analyzer().summaries());
        } else if (cli.skipRepeats()) {
            rows = withoutRepeats(output, corpus, annotation, spec, context, explain, schema);
        } else {
            rows = DocumentRows.write(output, corpus, annotation, schema, () -> spec.hits(context, false, explain));
        }
        return new Result(cli.describe(lexicon), rows, Map.of("input", corpus.report()));
    }

    /** A hit on its way through the shuffle: where it goes in the output, and the row. */
    private record Placed(SortKey place, PortableRow row) implements java.io.Serializable {
    }

    private static long withoutRepeats(ResultOutput output, Corpus corpus, AnnotationSpec annotation, LoadedSpec spec, boolean context,
                                       boolean explain, Schema schema) throws IOException {
        Documents documents = corpus.documents();
        JavaPairRDD<Long, Placed> hits = corpus.splits().mapPartitionsWithIndex((partition, splits) -> {
            var analyzer = spec.hits(context, true, explain);
            Annotator annotator = annotation.newAnnotator();
            List<Tuple2<Long, Placed>> out = new ArrayList<>();
            long[] doc = {0};
            documents.forEach(splits, d -> {
                long order = SortKey.document(partition, doc[0]++);
                long[] item = {0};
                analyzer.analyze(annotator.annotate(d)).forEach(h ->
                    out.add(new Tuple2<>(h.sentenceKey(), new Placed(new SortKey(order, item[0]++, 0), PortableRow.of(h)))));
            });
            return out.iterator();
        }, true).mapToPair(t -> t).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> firstDocument = hits.mapValues(p -> p.place().first()).reduceByKey(Math::min);
        JavaPairRDD<SortKey, Row> kept = hits.join(firstDocument)
            .filter(e -> e._2()._1().place().first() == e._2()._2())
            .mapToPair(e -> new Tuple2<SortKey, Row>(e._2()._1().place(), e._2()._1().row()))
            .sortByKey(new SortKey.Order(), true, Math.max(1, corpus.splits().getNumPartitions()));
        long rows = output.write(kept.values(), (items, out) -> items.forEachRemaining(out), schema);
        hits.unpersist();
        return rows;
    }
}
