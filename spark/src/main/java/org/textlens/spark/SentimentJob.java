package org.textlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.textlens.cli.CliOptions;
import org.textlens.output.Schema;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SummaryRow;
import org.textlens.sentiment.Thresholds;

/** {@code sentiment}: sentence rows, whole documents or per-document summaries, in corpus order. */
final class SentimentJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // loaded on the driver first: a bad lexicon line fails here with FILE:LINE, before any task runs
        SentimentLexicon lexicon = SentimentLexicon.load(cli.builtinLexicon(), cli.lexiconFiles());
        // the model is read on the driver first as well: a bad model file fails here with the CLI's message
        Thresholds thresholds = cli.thresholds();
        ShippedFiles shipped = new ShippedFiles(job.sc());
        List<String> lexiconFiles = shipped.add(cli.lexiconFiles());
        Path modelFile = cli.sentimentModelFile();
        String shippedModel = modelFile == null ? null : shipped.add(List.of(modelFile)).get(0);
        SentimentSpec spec = new SentimentSpec(cli.builtinLexicon(), lexiconFiles, cli.sentimentRules(), shippedModel,
            thresholds.negative(), thresholds.positive());
        boolean summary = cli.summary();
        boolean whole = cli.wholeDocuments();
        boolean explain = cli.explain();
        Schema schema = summary ? SummaryRow.SCHEMA : explain ? SentenceRow.SCHEMA_EXPLAINED : SentenceRow.SCHEMA;
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        long rows = DocumentRows.write(output, corpus, AnnotationSpec.of(cli.annotation()), schema, () -> {
            SentimentAnalyzer analyzer = spec.analyzer();
            return summary ? analyzer.summaries() : whole ? analyzer.wholeDocuments(explain) : analyzer.sentences(explain);
        });
        return new Result(cli.describe(lexicon), rows, Map.of("input", corpus.report()));
    }
}
