package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.List;
import org.textlens.attribution.Statement;
import org.textlens.learn.FeatureVector;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.LemmaMemo;
import org.textlens.nlp.Sentence;

/**
 * Turns a document's targets into instances for the model: each target with its sentence and its
 * features ({@link TargetFeatures}), reading each sentence that holds a target once. The same path
 * serves training and prediction. Thread-safe: each worker thread keeps its own lemma cache.
 */
public final class TargetReader {
    /** One target ready for the model. */
    public record Instance(Target target, int sentence, FeatureVector features) {
    }

    private static boolean isSpeech(Statement s) {
        return s.kind() == Statement.Kind.DIRECT || s.kind() == Statement.Kind.INDIRECT;
    }

    private final ThreadLocal<LemmaMemo> lemmas = ThreadLocal.withInitial(LemmaMemo::new);

    /**
     * The instances of {@code targets} (in the given order), with the document's statements for who speaks where.
     * Only speech counts as another voice's words: the content of an endorsement ("The council praised Okafor")
     * or a refusal is the portrayal itself, not words someone else said, and the model learned from speech alone.
     */
    public List<Instance> read(AnnotatedDocument doc, List<Target> targets, List<Statement> allStatements) {
        List<Statement> statements = allStatements.stream().filter(TargetReader::isSpeech).toList();
        List<Sentence> sentences = doc.sentences();
        int[] sentenceOf = new int[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            sentenceOf[i] = Sentence.indexAt(sentences, targets.get(i).start());
        }
        SentenceReading[] readings = new SentenceReading[sentences.size()];
        List<Instance> out = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            int s = sentenceOf[i];
            if (readings[s] == null) {
                readings[s] = SentenceReading.of(sentences.get(s), statements, lemmas.get());
            }
            SentenceReading r = readings[s];
            Target t = targets.get(i);
            int[] range = r.tokensOf(t.start(), t.end());
            List<int[]> others = new ArrayList<>();
            for (int j = 0; j < targets.size(); j++) {
                Target o = targets.get(j);
                if (j != i && sentenceOf[j] == s && !o.entity().equals(t.entity())) {
                    others.add(r.tokensOf(o.start(), o.end()));
                }
            }
            out.add(new Instance(t, s, TargetFeatures.of(r, range[0], range[1], t.entity(), others)));
        }
        return out;
    }
}
