package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-label models tuned for the F1 of their positive label. A logistic model decides at
 * probability 0.5, which for a rare label gives away recall; here the decision threshold is the one
 * that maximises F1 over out-of-fold scores on the training data, and is folded into the bias, so
 * the model still decides at score 0 and its explanations still add up to its score.
 */
public final class F1Threshold {
    private F1Threshold() {
    }

    /**
     * Trains on all of {@code data}, with the threshold chosen by {@code folds}-fold cross-validation
     * on it. Falls back to the untuned model when a training split lacks one of the labels.
     */
    public static LabelModel train(List<Labelled> data, TrainingOptions options, int folds) {
        LabelModel model = LabelModel.train(data, options);
        if (model.labels().size() != 2) {
            throw new IllegalArgumentException("F1 tuning is for two-label models; found " + model.labels());
        }
        String positive = model.positive();
        int[] f = Folds.assign(data.size(), folds);
        for (int fold = 0; fold < folds; fold++) {
            long labels = Folds.training(data, f, fold).stream().map(Labelled::label).distinct().count();
            if (labels < 2) {
                return model;
            }
        }
        List<Double> scores = CrossValidation.predict(data, f, d -> LabelModel.train(d, options), (m, x) -> m.linear().scores(x.features())[0]);
        List<Boolean> gold = new ArrayList<>(data.size());
        data.forEach(d -> gold.add(d.label().equals(positive)));
        return model.shifted(-best(scores, gold));
    }

    /**
     * The threshold on {@code scores} (positive at or above it) with the highest F1 against
     * {@code gold}: a midpoint between two neighbouring distinct scores; on a tie, the one nearest 0.
     */
    public static double best(List<Double> scores, List<Boolean> gold) {
        int n = scores.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
        int positives = (int) gold.stream().filter(g -> g).count();
        double bestF1 = -1;
        double bestT = 0;
        int tp = 0;
        for (int k = 0; k < n; k++) {
            tp += gold.get(order[k]) ? 1 : 0;
            double here = scores.get(order[k]);
            if (k + 1 < n && scores.get(order[k + 1]) == here) {
                continue; // a threshold cannot split equal scores
            }
            double t = k + 1 < n ? (here + scores.get(order[k + 1])) / 2 : here - 1;
            double f1 = ClassMetrics.f1(tp, k + 1 - tp, positives - tp);
            if (f1 > bestF1 || f1 == bestF1 && Math.abs(t) < Math.abs(bestT)) {
                bestF1 = f1;
                bestT = t;
            }
        }
        return bestT;
    }
}
