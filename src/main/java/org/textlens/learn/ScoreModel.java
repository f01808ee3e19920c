package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;

/** Predicts a number for an instance (ridge regression over its features). */
public final class ScoreModel {
    private final LinearModel model;

    public ScoreModel(LinearModel model) {
        if (model.task() != Task.SCORE) {
            throw new IllegalArgumentException("not a score model: " + model.task());
        }
        this.model = model;
    }

    public static ScoreModel train(List<Scored> data, TrainingOptions options) {
        if (options.solver() != Solver.RIDGE) {
            throw new IllegalArgumentException("scores are trained with ridge, not " + options.solver().id());
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one instance");
        }
        List<FeatureVector> xs = new ArrayList<>(data.size());
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            xs.add(data.get(i).features());
            y[i] = data.get(i).score();
        }
        FeatureIndex index = FeatureIndex.build(xs, options.minCount());
        double[][] columns = Liblinear.train(xs, y, index, options, null, null);
        int[] order = {0};
        return new ScoreModel(new LinearModel(Task.SCORE, List.of("score"), List.of("score"), index,
            Weights.features(columns, index.size(), order, false), Weights.bias(columns, index.size(), order, false)));
    }

    public LinearModel linear() {
        return model;
    }

    public double score(FeatureVector x) {
        return model.scores(x)[0];
    }

    /** The same score as {@link #score(FeatureVector)} of {@code x.toVector()}, without sorting. */
    public double score(FeatureList x) {
        return model.scores(x)[0];
    }

    public ScorePrediction predict(FeatureVector x) {
        Explanation e = model.explain(x, 0);
        return new ScorePrediction(e.score(), e);
    }
}
