package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.cli.CliOptions;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.quotes.SpeakerRow;
import org.textlens.quotes.StatementRow;

/** {@code quotes}: statement rows, or with {@code --summary} a row per document and speaker, in corpus order. */
final class QuotesJob implements SparkCommand {
    /** The speech verbs' sources: built in or not, and the shipped --lexicon files. */
    record Spec(boolean builtin, List<ShippedFiles.Shipped> files) implements Serializable {
        /** Built once per executor JVM. */
        QuotesAnalyzer analyzer() {
            return ExecutorCache.get(this, () -> new QuotesAnalyzer(SpeechVerbs.load(builtin, ShippedFiles.local(files))));
        }
    }

    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // read on the driver first: a bad lexicon line fails here with FILE:LINE, before any task runs
        SpeechVerbs verbs = SpeechVerbs.load(cli.speechVerbsBuiltin(), cli.speechVerbFiles());
        Spec spec = new Spec(cli.speechVerbsBuiltin(), new ShippedFiles(job.sc()).add(cli.speechVerbFiles()));
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        long rows = cli.quotesSummary()
            ? DocumentRows.write(output, corpus, annotation, SpeakerRow.SCHEMA, () -> spec.analyzer().summaries())
            : DocumentRows.write(output, corpus, annotation, StatementRow.SCHEMA, () -> spec.analyzer().statements());
        return new Result(cli.describe(verbs), rows, Map.of("input", corpus.report()));
    }
}
