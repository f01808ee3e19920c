package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.Annotator;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * Rows made document by document ({@code sentiment}, {@code loaded}, {@code frames},
 * {@code quotes}, {@code timeline --all}): each partition annotates and analyses its documents
 * with an analyser built once per executor JVM, and its rows leave in corpus order, as the CLI
 * writes them. Nothing is shuffled.
 */
final class DocumentRows {
    /** Builds (or finds in the executor's cache) the analyser; runs on the executors. */
    interface Analysis extends Serializable {
        DocumentAnalyzer<? extends Row> analyzer();
    }

    private DocumentRows() {
    }

    static long write(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Schema schema, Analysis analysis) throws IOException {
        return write(output, corpus, annotation, schema, analysis, Documents.RecordCheck.NONE);
    }

    /** As above, with each record checked first (skipped under {@code --keep-going} when it fails). */
    static long write(ResultOutput output, Corpus corpus, AnnotationSpec annotation, Schema schema, Analysis analysis,
                      Documents.RecordCheck check) throws IOException {
        Documents documents = corpus.documents();
        return output.write(corpus.splits(), (splits, out) -> {
            DocumentAnalyzer<? extends Row> analyzer = analysis.analyzer();
            Annotator annotator = annotation.newAnnotator();
            documents.forEach(splits, check, doc -> analyzer.analyze(annotator.annotate(doc)).forEach(out));
        }, schema);
    }
}
