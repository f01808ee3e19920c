package org.textlens.spark;

import java.io.IOException;
import java.util.Map;
import org.textlens.cli.CliOptions;
import org.textlens.frames.FrameDocumentRow;
import org.textlens.frames.FrameSentenceRow;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;

/** {@code frames}: sentence rows, or at {@code --level document} a row per document and frame, in corpus order. */
final class FramesJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // read on the driver first: a bad scheme line fails here with FILE:LINE, before any task runs
        Scheme scheme = cli.scheme();
        Presence presence = cli.presence(scheme);
        ShippedFiles files = new ShippedFiles(job.sc());
        FramesSpec spec = FramesSpec.of(cli.builtinScheme(), files.add(cli.schemeFiles()), files.add(cli.frameDicFiles()), presence);
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        long rows;
        if (cli.documentLevel()) {
            boolean primary = cli.primary();
            rows = DocumentRows.write(output, corpus, annotation, primary ? FrameDocumentRow.SCHEMA_PRIMARY : FrameDocumentRow.SCHEMA,
                () -> spec.analyzer().documents(primary));
        } else {
            double minScore = cli.minScore();
            rows = DocumentRows.write(output, corpus, annotation, FrameSentenceRow.SCHEMA, () -> spec.analyzer().sentences(minScore));
        }
        return new Result(cli.describe(scheme, presence), rows, Map.of("input", corpus.report()));
    }
}
