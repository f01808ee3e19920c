package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.textlens.cli.CliOptions;
import org.textlens.corpus.InputException;
import org.textlens.freq.DocTermRow;
import org.textlens.freq.DocTermsAnalyzer;
import org.textlens.freq.FreqAnalyzer;
import org.textlens.freq.FreqRow;
import org.textlens.freq.FreqSettings;
import org.textlens.freq.Keyness;
import org.textlens.freq.KeynessRow;
import org.textlens.freq.TermCounts;
import org.textlens.nlp.Annotator;
import scala.Tuple2;

/**
 * {@code freq}: each partition counts its documents with the CLI's own accumulator; the counts are
 * added up by term with {@code reduceByKey}, sorted by Spark, and ranked without collecting the
 * vocabulary on the driver. Keyness joins the target's and the reference's counts by term;
 * {@code --by-doc} rows leave each partition in corpus order.
 */
final class FreqJob implements SparkCommand {
    /** The key under which each partition's running words and documents travel: no term contains a NUL. */
    static final String TOTALS = "\u0000totals";

    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        FreqSettings settings = cli.freqSettings();
        FreqSpec spec = FreqSpec.of(settings);
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        Map<String, Object> options = cli.describe(settings);
        Map<String, InputReport> reports = new LinkedHashMap<>();
        Corpus target = Corpus.open(job, job.inputs(), "input");
        reports.put("input", target.report());
        long rows;
        if (!cli.reference().isEmpty()) {
            Corpus reference = Corpus.open(job, cli.reference(), "reference");
            reports.put("reference", reference.report());
            rows = keyness(output, spec, counts(target, spec, annotation), counts(reference, spec, annotation), cli.reference());
        } else if (cli.byDoc()) {
            rows = cli.tfidf() ? byDocWithTfidf(output, spec, annotation, target) : byDoc(output, spec, annotation, target);
        } else {
            rows = frequencies(output, spec, cli.tfidf(), counts(target, spec, annotation));
        }
        return new Result(options, rows, reports);
    }

    /**
     * Term → {count, docs}, added up over the corpus, with the corpus totals under {@link #TOTALS};
     * kept, since the totals, the sort and the ranks each read it.
     */
    private static JavaPairRDD<String, long[]> counts(Corpus corpus, FreqSpec spec, AnnotationSpec annotation) {
        Documents documents = corpus.documents();
        return corpus.splits().mapPartitionsToPair(splits -> {
            FreqAnalyzer analyzer = new FreqAnalyzer(spec.settings(), false);
            Annotator annotator = annotation.newAnnotator();
            TermCounts counts = analyzer.empty();
            documents.forEach(splits, doc -> analyzer.add(counts, annotator.annotate(doc)));
            List<Tuple2<String, long[]>> out = new ArrayList<>();
            counts.forEachTerm((term, count, docs) -> out.add(new Tuple2<>(term, new long[] {count, docs})));
            out.add(new Tuple2<>(TOTALS, new long[] {counts.words(), counts.documents()}));
            return out.iterator();
        }).reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** {words, documents} of counted terms. */
    private static long[] totals(JavaPairRDD<String, long[]> counts) {
        List<long[]> found = counts.lookup(TOTALS);
        return found.isEmpty() ? new long[2] : found.get(0);
    }

    private static long frequencies(ResultOutput output, FreqSpec spec, boolean tfidf, JavaPairRDD<String, long[]> counts)
        throws IOException {
        long[] totals = totals(counts);
        long minCount = spec.minCount();
        JavaPairRDD<Ranked, long[]> sorted = counts
            .filter(e -> !e._1().equals(TOTALS) && e._2()[0] >= minCount)
            .mapToPair(e -> new Tuple2<>(new Ranked(e._2()[0], e._1()), e._2()))
            .sortByKey(new Ranked.Order(), true);
        JavaRDD<CompetitionRanks.Item<long[]>> ranked = CompetitionRanks.rank(sorted, spec.top());
        return output.write(ranked, (items, out) -> {
            FreqAnalyzer analyzer = new FreqAnalyzer(spec.settings(), tfidf);
            items.forEachRemaining(i -> out.accept(
                analyzer.row(i.rank(), i.key().term(), i.value()[0], i.value()[1], totals[0], totals[1])));
        }, tfidf ? FreqRow.SCHEMA_TFIDF : FreqRow.SCHEMA);
    }

    private static long keyness(ResultOutput output, FreqSpec spec, JavaPairRDD<String, long[]> target,
                                JavaPairRDD<String, long[]> reference, List<String> referencePaths) throws IOException {
        long[] c = totals(target);
        long[] d = totals(reference);
        if (d[0] == 0) {
            throw new InputException(String.join(", ", referencePaths), "the reference corpus has no words",
                "give files or folders with text");
        }
        long minCount = spec.minCount();
        JavaPairRDD<Ranked, long[]> sorted = target.filter(e -> !e._1().equals(TOTALS)).mapValues(v -> v[0])
            .fullOuterJoin(reference.filter(e -> !e._1().equals(TOTALS)).mapValues(v -> v[0]))
            .mapToPair(e -> new Tuple2<>(e._1(), new long[] {e._2()._1().orElse(0L), e._2()._2().orElse(0L)}))
            .filter(e -> e._2()[0] + e._2()[1] >= minCount)
            .mapToPair(e -> new Tuple2<>(new Ranked(Keyness.row(e._1(), e._2()[0], e._2()[1], c[0], d[0]).g2(), e._1()), e._2()))
            .sortByKey(new Ranked.Order(), true);
        return output.write(CompetitionRanks.rank(sorted, spec.top()), (items, out) -> items.forEachRemaining(i -> {
            KeynessRow r = Keyness.row(i.key().term(), i.value()[0], i.value()[1], c[0], d[0]);
            out.accept(new KeynessRow(i.rank(), r.term(), r.count(), r.refCount(), r.g2(), r.p(), r.logRatio(), r.pctDiff()));
        }), KeynessRow.SCHEMA);
    }

    /** One document's counted terms, as {@link DocTermsAnalyzer.DocTerms} but serialisable. */
    record DocCounts(String docId, HashMap<String, int[]> counts, long words) implements Serializable {
        DocTermsAnalyzer.DocTerms terms() {
            return new DocTermsAnalyzer.DocTerms(docId, counts, words);
        }
    }

    /**
     * {@code --by-doc --tfidf}: TF-IDF needs every document's terms before the first row. The
     * documents' counts are kept (as the CLI keeps them), their document frequencies added up with
     * {@code reduceByKey}, joined to the terms each document shows, and the rows written in corpus
     * order.
     */
    private static long byDocWithTfidf(ResultOutput output, FreqSpec spec, AnnotationSpec annotation, Corpus corpus) throws IOException {
        Documents documents = corpus.documents();
        JavaPairRDD<Long, DocCounts> docs = corpus.splits().mapPartitions(splits -> {
            DocTermsAnalyzer analyzer = new DocTermsAnalyzer(spec.settings());
            Annotator annotator = annotation.newAnnotator();
            List<DocCounts> out = new ArrayList<>();
            documents.forEach(splits, doc -> {
                DocTermsAnalyzer.DocTerms t = analyzer.terms(annotator.annotate(doc));
                out.add(new DocCounts(t.docId(), new HashMap<>(t.counts()), t.words()));
            });
            return out.iterator();
        }).zipWithIndex().mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long documentCount = docs.count();
        JavaPairRDD<String, Long> docFreq = docs
            .flatMapToPair(d -> d._2().counts().keySet().stream().map(t -> new Tuple2<>(t, 1L)).iterator())
            .reduceByKey(Long::sum);
        JavaPairRDD<Long, Iterable<Tuple2<String, Long>>> shownFreq = docs.flatMapToPair(d -> {
            DocTermsAnalyzer analyzer = new DocTermsAnalyzer(spec.settings());
            return analyzer.rows(d._2().terms(), t -> 0, 0).map(r -> new Tuple2<>(r.term(), d._1())).iterator();
        }).join(docFreq).mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2()))).groupByKey();
        JavaRDD<Tuple2<DocCounts, org.apache.spark.api.java.Optional<Iterable<Tuple2<String, Long>>>>> ordered =
            docs.leftOuterJoin(shownFreq).sortByKey(true).values();
        long rows = output.write(ordered, (items, out) -> {
            DocTermsAnalyzer analyzer = new DocTermsAnalyzer(spec.settings());
            items.forEachRemaining(item -> {
                Map<String, Long> freq = new HashMap<>();
                item._2().orElse(List.of()).forEach(t -> freq.put(t._1(), t._2()));
                analyzer.rows(item._1().terms(), freq::get, documentCount).forEach(out::accept);
            });
        }, DocTermRow.SCHEMA_TFIDF);
        docs.unpersist();
        return rows;
    }

    private static long byDoc(ResultOutput output, FreqSpec spec, AnnotationSpec annotation, Corpus corpus) throws IOException {
        Documents documents = corpus.documents();
        return output.write(corpus.splits(), (splits, out) -> {
            DocTermsAnalyzer analyzer = new DocTermsAnalyzer(spec.settings());
            Annotator annotator = annotation.newAnnotator();
            documents.forEach(splits, doc -> analyzer.analyze(annotator.annotate(doc)).forEach(out::accept));
        }, DocTermRow.SCHEMA);
    }
}
