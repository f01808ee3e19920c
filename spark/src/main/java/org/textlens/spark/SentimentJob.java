package org.textlens.spark;

import java.io.IOException;
import java.util.Map;
import org.textlens.cli.CliOptions;
import org.textlens.output.Schema;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.SummaryRow;

/** {@code sentiment}: sentence rows, whole documents or per-document summaries, in corpus order; lexicon or --model scores. */
final class SentimentJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // loaded on the driver first: a bad lexicon line fails here with FILE:LINE, before any task runs
        SentimentLexicon lexicon = SentimentLexicon.load(cli.builtinLexicon(), cli.lexiconFiles());
        SentimentModel learned = cli.sentimentModel(); // checked here; its thresholds become the run's unless --thresholds was given
        ShippedFiles files = new ShippedFiles(job.sc());
        SentimentSpec spec = new SentimentSpec(cli.builtinLexicon(), files.add(cli.lexiconFiles()),
            cli.thresholds().negative(), cli.thresholds().positive(),
            cli.sentimentModelSource().map(m -> ShippedModel.of(files, m)).orElse(null));
        boolean summary = cli.summary();
        boolean whole = cli.wholeDocuments();
        boolean explain = cli.explain();
        Schema schema = summary ? SummaryRow.SCHEMA : explain ? SentenceRow.SCHEMA_EXPLAINED : SentenceRow.SCHEMA;
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        long rows = DocumentRows.write(output, corpus, AnnotationSpec.of(cli.annotation()), schema, () -> {
            SentimentAnalyzer analyzer = spec.analyzer();
            return summary ? analyzer.summaries() : whole ? analyzer.wholeDocuments(explain) : analyzer.sentences(explain);
        });
        return new Result(cli.describe(lexicon, learned), rows, Map.of("input", corpus.report()));
    }
}
