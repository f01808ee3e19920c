package org.textlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textlens.cli.CliOptions;
import org.textlens.corpus.InputException;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.Annotator;
import org.textlens.output.Schema;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SummaryRow;

/**
 * {@code sentiment}: each partition scores its documents with an analyser built once per executor
 * JVM; rows leave in corpus order, as the CLI writes them.
 */
final class SentimentJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // loaded on the driver first: a bad lexicon line fails here with FILE:LINE, before any task runs
        SentimentLexicon lexicon = SentimentLexicon.load(cli.builtinLexicon(), cli.lexiconFiles());
        Set<String> names = new HashSet<>();
        for (Path file : cli.lexiconFiles()) {
            if (!names.add(file.getFileName().toString())) {
                throw new InputException(file.toString(), "another --lexicon file has the same name",
                    "the files travel to the executors by name; rename one");
            }
            job.sc().addFile(file.toAbsolutePath().toString());
        }
        SentimentSpec spec = new SentimentSpec(cli.builtinLexicon(),
            cli.lexiconFiles().stream().map(f -> f.getFileName().toString()).toList(),
            cli.thresholds().negative(), cli.thresholds().positive());
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        boolean summary = cli.summary();
        boolean whole = cli.wholeDocuments();
        boolean explain = cli.explain();
        Schema schema = summary ? SummaryRow.SCHEMA : explain ? SentenceRow.SCHEMA_EXPLAINED : SentenceRow.SCHEMA;

        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        Documents documents = corpus.documents();
        long rows = output.write(corpus.splits(), (splits, out) -> {
            SentimentAnalyzer analyzer = spec.analyzer();
            DocumentAnalyzer<?> rowsOf = summary ? analyzer.summaries() : whole ? analyzer.wholeDocuments(explain) : analyzer.sentences(explain);
            Annotator annotator = annotation.newAnnotator();
            documents.forEach(splits, doc -> rowsOf.analyze(annotator.annotate(doc)).forEach(r -> out.accept((org.textlens.output.Row) r)));
        }, schema);
        return new Result(cli.describe(lexicon), rows, Map.of("input", corpus.report()));
    }
}
