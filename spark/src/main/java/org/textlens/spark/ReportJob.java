package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.textlens.cli.CliOptions;
import org.textlens.nlp.Annotator;
import org.textlens.report.FreqSection;
import org.textlens.report.PortrayalSection;
import org.textlens.report.QuotesSection;
import org.textlens.report.ReportBuilder;
import org.textlens.report.ReportData;
import org.textlens.report.ReportSections;
import org.textlens.report.ReportSpec;
import org.textlens.report.ReportTally;
import scala.Tuple2;

/**
 * {@code report}: the corpus's figures for the report, as {@code textlens report --write-data}
 * writes them (the same files, byte for byte), drawn into HTML on any machine with
 * {@code textlens report --from-data}. Each partition runs the report's data step over its
 * documents (every section's analysis, no views); the counts and exact sums are merged with a tree
 * reduce, while terms, speakers and entities, which can be as many as the corpus's words, are added
 * up by key with {@code reduceByKey} and only the top of each list reaches the driver.
 */
final class ReportJob implements SparkCommand {
    /** One partition's tally: the merged parts, and its terms, speakers and entities to add up by key. */
    private record Part(ReportTally.Merged merged, List<FreqSection.TermCount> terms, List<QuotesSection.SpeakerTally> speakers,
                        List<PortrayalSection.EntityTally> entities) implements Serializable {
    }

    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        if (job.job().format() != JobOptions.OutputKind.CSV) {
            throw new CliOptions.UsageException("textlens: error: the report's figures are CSV files; leave out --format "
                + job.job().format().extension);
        }
        ReportSpec spec = cli.reportSpec();
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        Documents documents = corpus.documents();
        JavaRDD<Part> parts = corpus.splits().mapPartitionsWithIndex((partition, splits) -> {
            ReportSections.Analyzers analyzers = ExecutorCache.get(List.of(ReportJob.class, spec), () -> ReportSections.Analyzers.of(spec));
            ReportBuilder.Pass pass = new ReportBuilder.Pass(spec, analyzers, SortKey.document(partition, 0));
            Annotator annotator = annotation.newAnnotator();
            documents.forEach(splits, doc -> pass.add(annotator.annotate(doc)));
            ReportTally tally = pass.tally();
            List<QuotesSection.SpeakerTally> speakers = new ArrayList<>(tally.quotes().speakers());
            List<PortrayalSection.EntityTally> entities = new ArrayList<>(tally.portrayal().entities());
            return List.of(new Part(tally.merged(), pass.terms(), speakers, entities)).iterator();
        }, true).persist(StorageLevel.MEMORY_AND_DISK_SER()); // analysed once; read by the merge and the three lists
        ReportTally.Merged merged = parts.map(Part::merged).treeReduce(ReportTally.Merged::merge);
        List<FreqSection.TermCount> terms = parts.flatMapToPair(p -> p.terms().stream().map(t -> new Tuple2<>(t.term(), t)).iterator())
            .reduceByKey(FreqSection.TermCount::plus).values().takeOrdered(spec.top(), FreqSection.ORDER);
        List<QuotesSection.SpeakerTally> speakers = parts
            .flatMapToPair(p -> p.speakers().stream().map(t -> new Tuple2<>(t.speaker(), t)).iterator())
            .reduceByKey(QuotesSection.SpeakerTally::plus).values().takeOrdered(QuotesSection.top(), QuotesSection.ORDER);
        List<PortrayalSection.EntityTally> entities = parts
            .flatMapToPair(p -> p.entities().stream().map(t -> new Tuple2<>(t.entity(), t)).iterator())
            .reduceByKey(PortrayalSection.EntityTally::plus).values().takeOrdered(PortrayalSection.top(), PortrayalSection.ORDER);
        ReportData data = merged.finish(spec, terms, speakers, entities);
        Map<String, String> files = data.files(CliOptions.version());
        output.writeFiles(files);
        parts.unpersist();
        long rows = files.values().stream().mapToLong(f -> f.chars().filter(c -> c == '\n').count() - 1).sum();
        Map<String, Object> options = new java.util.LinkedHashMap<>();
        options.put("top", spec.top());
        options.put("scheme", spec.scheme());
        return new Result(options, rows, Map.of("input", corpus.report()));
    }
}
