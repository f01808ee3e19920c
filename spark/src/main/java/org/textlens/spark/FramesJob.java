package org.textlens.spark;

import java.io.IOException;
import java.util.Map;
import org.textlens.cli.CliOptions;
import org.textlens.frames.FrameDocumentRow;
import org.textlens.frames.FrameSentenceRow;
import org.textlens.frames.FramesModel;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;

/**
 * {@code frames}: sentence rows, or at {@code --level document} a row per document and frame, in
 * corpus order; with {@code --model} the learned decisions (and {@code --explain} their evidence).
 */
final class FramesJob implements SparkCommand {
    @Override
    public Result run(JobContext job, ResultOutput output) throws IOException {
        CliOptions cli = job.cli();
        // read on the driver first: a bad scheme line or model fails here, before any task runs
        FramesModel learned = cli.framesModel();
        Scheme scheme = learned != null ? CliOptions.learnedScheme(learned) : cli.scheme();
        Presence presence = cli.presence(scheme);
        ShippedFiles files = new ShippedFiles(job.sc());
        FramesSpec spec = FramesSpec.of(cli.builtinScheme(), files.add(cli.schemeFiles()), files.add(cli.frameDicFiles()), presence,
            cli.framesModelSource().map(m -> ShippedModel.of(files, m)).orElse(null));
        Corpus corpus = Corpus.open(job, job.inputs(), "input");
        AnnotationSpec annotation = AnnotationSpec.of(cli.annotation());
        long rows;
        if (cli.documentLevel()) {
            boolean primary = cli.primary();
            boolean explain = cli.framesExplain();
            rows = DocumentRows.write(output, corpus, annotation, FrameDocumentRow.schema(primary, explain),
                () -> spec.analyzer().documents(primary, explain));
        } else {
            double minScore = cli.minScore();
            rows = DocumentRows.write(output, corpus, annotation, FrameSentenceRow.SCHEMA, () -> spec.analyzer().sentences(minScore));
        }
        return new Result(cli.describe(scheme, presence, learned), rows, Map.of("input", corpus.report()));
    }
}
