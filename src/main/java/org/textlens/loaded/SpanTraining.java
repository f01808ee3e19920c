package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.textlens.learn.Bio;
import org.textlens.learn.Folds;
import org.textlens.learn.OverlapMetrics;
import org.textlens.learn.SpanMetrics;
import org.textlens.learn.SpanModel;
import org.textlens.learn.SpanThreshold;
import org.textlens.learn.TokenSequence;
import org.textlens.learn.TokenSpan;
import org.textlens.learn.TrainingOptions;

/**
 * Trains the span tagger from annotated documents and measures it by cross-validation over
 * documents: token precision, recall and F1 (a token counts when it lies in a span of the same type
 * on both sides) and span figures with SemEval-2020 Task 11's partial-overlap credit, over code
 * points. A token is in an annotated span when it shares a code point with it.
 */
public final class SpanTraining {
    /** Cross-validated figures for one span type, or for all ({@code label} empty). */
    public record Scores(String label, int goldSpans, double tokenPrecision, double tokenRecall, double tokenF1,
                         double spanPrecision, double spanRecall, double spanF1) {
    }

    private final List<LoadedAnalyzer.TrainingDocument> documents;
    private final Map<String, List<SpanFile.Annotation>> spans;
    private final List<List<TokenSequence>> sequences = new ArrayList<>();

    /** @param spans each document's annotations, checked and sorted ({@link SpanFile#check}) */
    public SpanTraining(List<LoadedAnalyzer.TrainingDocument> documents, Map<String, List<SpanFile.Annotation>> spans) {
        this.documents = documents;
        this.spans = spans;
        for (LoadedAnalyzer.TrainingDocument d : documents) {
            List<TokenSequence> seqs = new ArrayList<>();
            List<SpanFile.Annotation> annotations = spans.getOrDefault(d.id(), List.of());
            for (LoadedAnalyzer.TrainingSentence s : d.sentences()) {
                seqs.add(new TokenSequence(s.features(), tags(s, annotations)));
            }
            sequences.add(seqs);
        }
    }

    /** The BIO tags of a sentence's tokens: a token sharing a code point with an annotation is in it. */
    static List<String> tags(LoadedAnalyzer.TrainingSentence s, List<SpanFile.Annotation> annotations) {
        List<String> tags = new ArrayList<>(s.starts().length);
        SpanFile.Annotation previous = null;
        for (int i = 0; i < s.starts().length; i++) {
            SpanFile.Annotation a = covering(annotations, s.starts()[i], s.ends()[i]);
            tags.add(a == null ? Bio.OUTSIDE : (a == previous ? "I-" : "B-") + a.label());
            previous = a;
        }
        return tags;
    }

    private static SpanFile.Annotation covering(List<SpanFile.Annotation> annotations, int start, int end) {
        for (SpanFile.Annotation a : annotations) {   // sorted by start, not overlapping
            if (a.start() >= end) {
                return null;
            }
            if (a.end() > start) {
                return a;
            }
        }
        return null;
    }

    /** Whether some token of the documents is in a span: a model needs both kinds of token. */
    public boolean hasSpans() {
        return sequences.stream().flatMap(List::stream).anyMatch(s -> s.tags().stream().anyMatch(t -> !t.equals(Bio.OUTSIDE)));
    }

    /** The model trained on every document, its readiness to open spans set by {@code choice}. */
    public SpanThreshold.Tuned train(TrainingOptions options, SpanThreshold.Choice choice) {
        return choice.fit(sequences, options);
    }

    /**
     * Figures over every type, then per type when there are several, from {@code k}-fold
     * cross-validation over documents; each fold's model sets its shift by {@code choice} on its own
     * training documents only (an inner cross-validation when automatic).
     */
    public List<Scores> crossValidate(TrainingOptions options, SpanThreshold.Choice choice, int k) {
        int[] folds = Folds.assign(documents.size(), k);
        List<List<TokenSpan>> predicted = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            predicted.add(null);
        }
        for (int fold = 0; fold < k; fold++) {
            List<List<TokenSequence>> training = Folds.training(sequences, folds, fold);
            if (training.stream().flatMap(List::stream).allMatch(s -> s.tags().stream().allMatch(Bio.OUTSIDE::equals))) {
                throw new IllegalArgumentException("the training documents of fold " + (fold + 1) + " hold no span");
            }
            SpanModel model = choice.fit(training, options).model();
            for (int i = 0; i < documents.size(); i++) {
                if (folds[i] == fold) {
                    predicted.set(i, predict(model, i));
                }
            }
        }
        TreeSet<String> types = new TreeSet<>();
        spans.values().forEach(l -> l.forEach(a -> types.add(a.label())));
        List<Scores> out = new ArrayList<>();
        out.add(scores("", predicted, null));
        if (types.size() > 1) {
            types.forEach(t -> out.add(scores(t, predicted, t)));
        }
        return out;
    }

    /** The spans the model finds in document {@code i}, as token spans per sentence flattened to document token indices. */
    private List<TokenSpan> predict(SpanModel model, int i) {
        List<TokenSpan> out = new ArrayList<>();
        int offset = 0;
        for (TokenSequence s : sequences.get(i)) {
            for (TokenSpan t : model.spans(s.tokens())) {
                out.add(new TokenSpan(t.start() + offset, t.end() + offset, t.type()));
            }
            offset += s.tokens().size();
        }
        return out;
    }

    private Scores scores(String label, List<List<TokenSpan>> predicted, String type) {
        List<List<TokenSpan>> goldTokens = new ArrayList<>();
        List<List<TokenSpan>> predictedTokens = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<List<TokenSpan>> goldPoints = new ArrayList<>();
        List<List<TokenSpan>> predictedPoints = new ArrayList<>();
        int goldSpans = 0;
        for (int i = 0; i < documents.size(); i++) {
            LoadedAnalyzer.TrainingDocument d = documents.get(i);
            int[] starts = d.sentences().stream().flatMapToInt(s -> java.util.Arrays.stream(s.starts())).toArray();
            int[] ends = d.sentences().stream().flatMapToInt(s -> java.util.Arrays.stream(s.ends())).toArray();
            List<String> tags = sequences.get(i).stream().flatMap(s -> s.tags().stream()).toList();
            List<TokenSpan> gold = Bio.spans(tags).stream().filter(t -> type == null || t.type().equals(type)).toList();
            List<TokenSpan> found = predicted.get(i).stream().filter(t -> type == null || t.type().equals(type)).toList();
            goldTokens.add(type == null ? untyped(gold) : gold);
            predictedTokens.add(type == null ? untyped(found) : found);
            lengths.add(tags.size());
            List<TokenSpan> annotated = spans.getOrDefault(d.id(), List.of()).stream()
                .filter(a -> type == null || a.label().equals(type)).map(a -> new TokenSpan(a.start(), a.end(), a.label())).toList();
            goldSpans += annotated.size();
            goldPoints.add(annotated);
            predictedPoints.add(found.stream().map(t -> new TokenSpan(starts[t.start()], ends[t.end() - 1], t.type())).toList());
        }
        SpanMetrics tokens = SpanMetrics.of(goldTokens, predictedTokens, lengths);
        OverlapMetrics overlap = OverlapMetrics.of(goldPoints, predictedPoints);
        return new Scores(label, goldSpans, tokens.tokenPrecision(), tokens.tokenRecall(), tokens.tokenF1(), overlap.precision(),
            overlap.recall(), overlap.f1());
    }

    /** All spans as one type, so token figures over all types do not depend on the type. */
    private static List<TokenSpan> untyped(List<TokenSpan> spans) {
        return spans.stream().map(t -> new TokenSpan(t.start(), t.end(), "span")).toList();
    }
}
