package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Span models tuned for token F1. A per-token logistic tagger trained on text where most tokens lie
 * outside every span is timid: it opens a span only where it is sure, which gives precision and
 * little recall (class weights swing it to the other extreme). Here the score of {@code O} is
 * lowered by a shift chosen by an inner cross-validation over the training documents: the shift
 * whose out-of-fold taggings have the best token F1, among those whose token precision is at least
 * a floor when one is asked for. The shift goes into the model's bias
 * ({@link SpanModel#favouringSpans(double)}), so the model still decodes and explains as before.
 */
public final class SpanThreshold {
    /** The shifts tried, from the plain decision (0) towards more spans. */
    static final double[] SHIFTS = grid();

    /** A tuned model and the shift that was chosen. */
    public record Tuned(SpanModel model, double shift) {
    }

    /**
     * How the shift is set: {@link #auto} by inner cross-validation over {@code folds} folds, with a
     * precision floor ({@code minPrecision}, 0 for none), or {@link #fixed} at a given shift.
     */
    public record Choice(boolean auto, double shift, double minPrecision, int folds) {
        public Choice {
            if (!auto && !(shift >= 0 && shift < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("a shift must be a number >= 0, not " + shift);
            }
            if (!(minPrecision >= 0 && minPrecision <= 1)) {
                throw new IllegalArgumentException("a precision floor lies in 0..1, not " + minPrecision);
            }
        }

        public static Choice auto(double minPrecision, int folds) {
            return new Choice(true, 0, minPrecision, folds);
        }

        public static Choice fixed(double shift) {
            return new Choice(false, shift, 0, 0);
        }

        /** The model trained on {@code documents} with its shift set this way. */
        public Tuned fit(List<List<TokenSequence>> documents, TrainingOptions options) {
            if (auto) {
                return train(documents, options, folds, minPrecision);
            }
            return new Tuned(SpanModel.train(flatten(documents), options).favouringSpans(shift), shift);
        }

        /** How a model file records it. */
        public String describe() {
            return auto ? "auto" + (minPrecision > 0 ? ",min_precision=" + Numbers.weight(minPrecision) : "") : Numbers.weight(shift);
        }
    }

    private SpanThreshold() {
    }

    private static double[] grid() {
        double[] g = new double[25];
        for (int i = 0; i < g.length; i++) {
            g[i] = i * 0.25;
        }
        return g;
    }

    /**
     * Trains on every sequence of {@code documents} (each document a list of sentences), with the
     * shift chosen by {@code folds}-fold cross-validation over the documents. Falls back to no
     * shift when there are fewer documents than folds or a training split holds no span.
     *
     * @param minPrecision the lowest out-of-fold token precision a chosen shift may give (0: none);
     *     when no shift reaches it, the most precise one is taken
     */
    public static Tuned train(List<List<TokenSequence>> documents, TrainingOptions options, int folds, double minPrecision) {
        SpanModel model = SpanModel.train(flatten(documents), options);
        if (documents.size() < folds) {
            return new Tuned(model, 0);
        }
        int[] f = Folds.assign(documents.size(), folds);
        List<List<double[][]>> scores = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            scores.add(null);
        }
        List<SpanModel> inner = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TokenSequence> training = flatten(Folds.training(documents, f, fold));
            if (training.stream().allMatch(s -> s.tags().stream().allMatch(Bio.OUTSIDE::equals))) {
                return new Tuned(model, 0);
            }
            inner.add(SpanModel.train(training, options));
        }
        for (int i = 0; i < documents.size(); i++) {
            SpanModel m = inner.get(f[i]);
            List<double[][]> doc = new ArrayList<>();
            for (TokenSequence s : documents.get(i)) {
                double[][] rows = new double[s.tokens().size()][];
                for (int t = 0; t < rows.length; t++) {
                    rows[t] = m.scores(s.tokens().get(t));
                }
                doc.add(rows);
            }
            scores.set(i, doc);
        }
        List<SpanModel> byDocument = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            byDocument.add(inner.get(f[i]));
        }
        double shift = best(byDocument, documents, scores, minPrecision);
        return new Tuned(model.favouringSpans(shift), shift);
    }

    /** The shift of {@link #SHIFTS} (each document scored by its out-of-fold model) with the best token F1 (precision floor first; ties: the smaller shift). */
    static double best(List<SpanModel> models, List<List<TokenSequence>> documents, List<List<double[][]>> scores, double minPrecision) {
        double bestShift = 0;
        double bestF1 = -1;
        double mostPrecise = 0;
        double bestPrecision = -1;
        boolean anyReaches = false;
        for (double shift : SHIFTS) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (int i = 0; i < documents.size(); i++) {
                SpanModel model = models.get(i);
                for (int s = 0; s < documents.get(i).size(); s++) {
                    double[][] rows = scores.get(i).get(s);
                    double[][] shifted = new double[rows.length][];
                    for (int t = 0; t < rows.length; t++) {
                        shifted[t] = model.favouringSpans(rows[t], shift);
                    }
                    List<String> predicted = model.decode(shifted);
                    List<String> gold = documents.get(i).get(s).tags();
                    for (int t = 0; t < rows.length; t++) {
                        boolean g = !gold.get(t).equals(Bio.OUTSIDE);
                        boolean p = !predicted.get(t).equals(Bio.OUTSIDE);
                        tp += g && p ? 1 : 0;
                        fp += !g && p ? 1 : 0;
                        fn += g && !p ? 1 : 0;
                    }
                }
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double f1 = ClassMetrics.f1((int) tp, (int) fp, (int) fn);
            if (precision > bestPrecision) {
                bestPrecision = precision;
                mostPrecise = shift;
            }
            boolean reaches = precision >= minPrecision;
            if (reaches && f1 > bestF1) {
                bestF1 = f1;
                bestShift = shift;
            }
            anyReaches |= reaches;
        }
        return anyReaches ? bestShift : mostPrecise;
    }

    private static List<TokenSequence> flatten(List<List<TokenSequence>> documents) {
        List<TokenSequence> out = new ArrayList<>();
        documents.forEach(out::addAll);
        return out;
    }
}
