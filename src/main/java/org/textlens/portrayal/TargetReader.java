package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        List<Sentence> sentences = doc.sentences();
        int[] sentenceOf = new int[targets.size()];
        // The targets of each sentence, and the speech that may reach into it, found once: a
        // document of one long line has a million sentences and as many statements.
        TreeMap<Integer, List<Integer>> targetsIn = new TreeMap<>();
        for (int i = 0; i < targets.size(); i++) {
            sentenceOf[i] = Sentence.indexAt(sentences, targets.get(i).start());
            targetsIn.computeIfAbsent(sentenceOf[i], k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Statement>> speechIn = new HashMap<>();
        for (Statement st : allStatements) {
            if (!isSpeech(st)) {
                continue;
            }
            int first = Sentence.indexAt(sentences, st.start());
            int last = Math.max(first, Sentence.indexAt(sentences, Math.max(st.start(), st.end() - 1)));
            for (int s : targetsIn.subMap(first, true, last, true).keySet()) {
                speechIn.computeIfAbsent(s, k -> new ArrayList<>()).add(st);
            }
        }
        SentenceReading[] readings = new SentenceReading[sentences.size()];
        List<Instance> out = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            int s = sentenceOf[i];
            if (readings[s] == null) {
                readings[s] = SentenceReading.of(sentences.get(s), speechIn.getOrDefault(s, List.of()), lemmas.get());
            }
            SentenceReading r = readings[s];
            Target t = targets.get(i);
            int[] range = r.tokensOf(t.start(), t.end());
            List<int[]> others = new ArrayList<>();
            for (int j : targetsIn.get(s)) {
                Target o = targets.get(j);
                if (j != i && !o.entity().equals(t.entity())) {
                    others.add(r.tokensOf(o.start(), o.end()));
                }
            }
            out.add(new Instance(t, s, TargetFeatures.of(r, range[0], range[1], t.entity(), others)));
        }
        return out;
    }
}
