package org.textlens.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    private final Set<Statement.Kind> kinds;

    /** An analyser reporting every kind of statement. */
    public QuotesAnalyzer(SpeechVerbs verbs) {
        this(verbs, EnumSet.allOf(Statement.Kind.class));
    }

    /** An analyser reporting only statements of {@code kinds}. */
    public QuotesAnalyzer(SpeechVerbs verbs, Set<Statement.Kind> kinds) {
        this.attributions = new Attributions(verbs);
        this.kinds = EnumSet.copyOf(kinds);
    }

    /** One row per statement. */
    public DocumentAnalyzer<StatementRow> statements() {
        return doc -> find(doc).stream().map(s -> new StatementRow(doc.doc().id(), s));
    }

    /** One row per document and speaker, the dominant voice first. */
    public DocumentAnalyzer<SpeakerRow> summaries() {
        return doc -> SpeakerRow.summarize(doc.doc().id(), find(doc)).stream();
    }

    /** The statements of {@code doc} of the chosen kinds, in text order. */
    public List<Statement> find(AnnotatedDocument doc) {
        List<Statement> all = attributions.find(doc);
        return kinds.size() == Statement.Kind.values().length ? all : all.stream().filter(s -> kinds.contains(s.kind())).toList();
    }
}
