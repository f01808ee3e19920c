package org.textlens.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Out-of-fold predictions: for each fold, train on the others and predict the held-out instances.
 * The result is in the instances' order, so any metric can be computed from it and from the gold.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * @param folds the fold of each instance ({@link Folds})
     * @param train trains a model on a list of instances
     * @param predict predicts one held-out instance with that model
     */
    public static <T, M, P> List<P> predict(List<T> data, int[] folds, Function<List<T>, M> train, BiFunction<M, T, P> predict) {
        if (folds.length != data.size()) {
            throw new IllegalArgumentException(data.size() + " instances but " + folds.length + " fold numbers");
        }
        int k = Arrays.stream(folds).max().orElse(-1) + 1;
        List<P> out = new ArrayList<>(java.util.Collections.nCopies(data.size(), null));
        for (int fold = 0; fold < k; fold++) {
            List<T> training = Folds.training(data, folds, fold);
            if (training.size() == data.size()) {
                continue; // an empty fold
            }
            M model = train.apply(training);
            for (int i = 0; i < data.size(); i++) {
                if (folds[i] == fold) {
                    out.set(i, predict.apply(model, data.get(i)));
                }
            }
        }
        return out;
    }
}
