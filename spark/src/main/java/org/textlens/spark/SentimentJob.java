package org.textlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.textlens.cli.CliOptions;
import org.textlens.output.Schema;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.SummaryRow;
import org.textlens.sentiment.Thresholds;

/** {@code sentiment}: sentence rows, whole documents or per-document summaries, in corpus order; the model's or the rules' scores. */
final class SentimentJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // loaded on the driver first: a bad lexicon line fails here with FILE:LINE, before any task runs
        SentimentLexicon lexicon = SentimentLexicon.load(cli.builtinLexicon(), cli.lexiconFiles());
        // the model is read on the driver first as well (for its thresholds): a bad model fails here with the CLI's message
        Thresholds thresholds = cli.thresholds();
        ShippedFiles shipped = new ShippedFiles(job.sc());
        Path modelFile = cli.sentimentModelFile();
        ShippedModel model = modelFile == null ? null
            : ShippedModel.of(shipped, new CliOptions.ModelSource(modelFile.toString(), SentimentModel.KIND, null));
        SentimentSpec spec = new SentimentSpec(cli.builtinLexicon(), shipped.add(cli.lexiconFiles()), cli.sentimentRules(), model,
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
