package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Chooses a label for an instance (logistic regression or linear SVM over its features). Labels are
 * sorted; with two, the model has one column that scores the positive label, which is the last in
 * sorted order ({@code true} over {@code false}, {@code positive} over {@code negative}, {@code 1} over
 * {@code 0}). With more, one column per label, and the highest score wins (ties: first label).
 */
public final class LabelModel {
    private final LinearModel model;

    public LabelModel(LinearModel model) {
        if (model.task() != Task.LABEL && model.task() != Task.SPAN) {
            throw new IllegalArgumentException("not a label model: " + model.task());
        }
        this.model = model;
    }

    /** Trains on the instances. Needs at least two distinct labels. */
    public static LabelModel train(List<Labelled> data, TrainingOptions options) {
        return new LabelModel(fit(Task.LABEL, data, options));
    }

    static LinearModel fit(Task task, List<Labelled> data, TrainingOptions options) {
        if (options.solver() == Solver.RIDGE) {
            throw new IllegalArgumentException("labels are trained with logistic or svm, not ridge");
        }
        TreeMap<String, Integer> counts = new TreeMap<>();
        data.forEach(d -> counts.merge(d.label(), 1, Integer::sum));
        if (counts.size() < 2) {
            throw new IllegalArgumentException("training needs at least two different labels; found " + counts.keySet());
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        List<FeatureVector> xs = new ArrayList<>(data.size());
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            xs.add(data.get(i).features());
            y[i] = labels.indexOf(data.get(i).label());
        }
        double[] classWeights = null;
        if (options.balanced()) {
            classWeights = new double[labels.size()];
            for (int c = 0; c < labels.size(); c++) {
                classWeights[c] = (double) data.size() / (labels.size() * counts.get(labels.get(c)));
            }
        }
        FeatureIndex index = FeatureIndex.build(xs, options.minCount());
        int[] liblinearLabels = new int[labels.size()];
        double[][] columns = Liblinear.train(xs, y, index, options, classWeights, liblinearLabels);
        if (labels.size() == 2) {
            // liblinear's single column scores the label it met first; ours scores the last sorted label
            boolean negate = liblinearLabels[0] != 1;
            int[] order = {0};
            return new LinearModel(task, labels, List.of(labels.get(1)), index,
                Weights.features(columns, index.size(), order, negate), Weights.bias(columns, index.size(), order, negate));
        }
        int[] order = new int[labels.size()];
        for (int i = 0; i < liblinearLabels.length; i++) {
            order[liblinearLabels[i]] = i; // our label c is liblinear's column i
        }
        return new LinearModel(task, labels, labels, index, Weights.features(columns, index.size(), order, false),
            Weights.bias(columns, index.size(), order, false));
    }

    /** A two-label model whose bias is moved by {@code delta} (rounded as a model file stores it). */
    public LabelModel shifted(double delta) {
        return new LabelModel(model.withBias(0, model.bias(0) + delta));
    }

    public LinearModel linear() {
        return model;
    }

    public List<String> labels() {
        return model.labels();
    }

    /** The label a two-label model scores (its column); null for more labels. */
    public String positive() {
        return model.labels().size() == 2 ? model.labels().get(1) : null;
    }

    /** The decision score per label, in {@link #labels()} order (two labels: {@code -s, s}). */
    public double[] scores(FeatureVector x) {
        double[] s = model.scores(x);
        return s.length == 1 && model.labels().size() == 2 ? new double[] {-s[0], s[0]} : s;
    }

    /**
     * Each label's probability, in {@link #labels()} order, as liblinear gives it for logistic
     * regression: the logistic of the score for two labels; for more, each column's logistic,
     * normalised to sum to 1. (For an SVM model these are only a monotone reading of the scores.)
     */
    public double[] probabilities(FeatureVector x) {
        double[] s = model.scores(x);
        if (model.labels().size() == 2 && s.length == 1) {
            double p = 1 / (1 + Math.exp(-s[0]));
            return new double[] {1 - p, p};
        }
        double[] p = new double[s.length];
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            p[c] = 1 / (1 + Math.exp(-s[c]));
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** The chosen label, its score and why. */
    public LabelPrediction predict(FeatureVector x) {
        double[] s = model.scores(x);
        if (model.labels().size() == 2 && s.length == 1) {
            String label = s[0] >= 0 ? model.labels().get(1) : model.labels().get(0);
            return new LabelPrediction(label, s[0], model.explain(x, 0));
        }
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return new LabelPrediction(model.labels().get(best), s[best], model.explain(x, best));
    }

    /** The chosen label only, without building an explanation. */
    public String label(FeatureVector x) {
        double[] s = scores(x);
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return model.labels().get(best);
    }
}
