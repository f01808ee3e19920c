package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.List;
import org.textlens.attribution.Attributions;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Sentence;

/**
 * The {@code portrayal} analyser: finds a document's targets ({@link TargetSource}), reads who says
 * what ({@link Attributions}), builds each target's features in its sentence and asks the model how
 * the target is portrayed. Rows per mention, per document and entity, or the per-document tallies
 * that group summaries are made of. Thread-safe.
 */
public final class PortrayalAnalyzer {
    /** Model sentences and word tokens; no tags (the attribution layer tags the few sentences it needs). */
    public static final AnnotationRequest ANNOTATION = new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL,
        AnnotationRequest.TokenizerKind.WORD, false);

    private final TargetSource source;
    private final PortrayalModel model;
    private final Attributions attributions = new Attributions(SpeechVerbs.load(true, List.of()));
    private final TargetReader reader = new TargetReader();

    public PortrayalAnalyzer(TargetSource source, PortrayalModel model) {
        this.source = source;
        this.model = model;
    }

    /** One target mention, portrayed: where it stands, its sentence, and the model's answer. */
    public record Portrayed(Target target, int sentence, Sentence sentenceSpan, String sentenceText, Portrayal portrayal) {
    }

    /** Every target of {@code doc} in the source's order, portrayed. */
    public List<Portrayed> portray(AnnotatedDocument doc, boolean explain) {
        Attributions.Voices voices = attributions.voices(doc);
        List<Target> targets = source.find(doc, voices.people());
        if (targets.isEmpty()) {
            return List.of();
        }
        List<Portrayed> out = new ArrayList<>(targets.size());
        for (TargetReader.Instance i : reader.read(doc, targets, voices.statements())) {
            Sentence s = doc.sentences().get(i.sentence());
            out.add(new Portrayed(i.target(), i.sentence(), s, doc.text(s), model.predict(i.features(), explain)));
        }
        return out;
    }

    /** One row per target mention. */
    public DocumentAnalyzer<MentionRow> mentions(boolean explain) {
        return doc -> portray(doc, explain).stream().map(p -> MentionRow.of(doc.doc().id(), p, explain));
    }

    /** One row per document and entity, the most mentioned first. */
    public DocumentAnalyzer<SummaryRow> summaries() {
        return doc -> SummaryRow.summarize(doc.doc().id(), portray(doc, false)).stream();
    }

    /** What one document says of each entity, for summaries across documents. */
    public DocumentAnalyzer<DocumentTally> tallies(String groupField) {
        return doc -> DocumentTally.of(doc.doc().meta().getOrDefault(groupField, ""), portray(doc, false)).stream();
    }
}
