package org.textlens.quotes;

import java.util.List;
import org.textlens.attribution.Attributions;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.attribution.Statement;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;

/**
 * The {@code quotes} analyser: the attributed statements that {@link Attributions} finds, as rows
 * (one per statement) or as per-speaker summaries. Thread-safe.
 */
public final class QuotesAnalyzer {
    private final Attributions attributions;

    public QuotesAnalyzer(SpeechVerbs verbs) {
        this.attributions = new Attributions(verbs);
    }

    /** One row per statement. */
    public DocumentAnalyzer<StatementRow> statements() {
        return doc -> find(doc).stream().map(s -> new StatementRow(doc.doc().id(), s));
    }

    /** One row per document and speaker, the dominant voice first. */
    public DocumentAnalyzer<SpeakerRow> summaries() {
        return doc -> SpeakerRow.summarize(doc.doc().id(), find(doc)).stream();
    }

    /** The statements of {@code doc} in text order. */
    public List<Statement> find(AnnotatedDocument doc) {
        return attributions.find(doc);
    }
}
