package org.textlens.learn;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to train: the solver, the regularisation constant {@code c} (larger fits the training data
 * more closely), the fewest instances a feature must occur in to be kept, and whether classes are
 * weighted inversely to their frequency ({@code balanced}, for rare labels).
 */
public record TrainingOptions(Solver solver, double c, int minCount, boolean balanced) {
    public static final double DEFAULT_C = 1.0;
    public static final int DEFAULT_MIN_COUNT = 2;

    public TrainingOptions {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("c must be a positive number, not " + c);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, not " + minCount);
        }
    }

    public static TrainingOptions labels() {
        return new TrainingOptions(Solver.LOGISTIC, DEFAULT_C, DEFAULT_MIN_COUNT, false);
    }

    public static TrainingOptions scores() {
        return new TrainingOptions(Solver.RIDGE, DEFAULT_C, DEFAULT_MIN_COUNT, false);
    }

    public TrainingOptions withC(double value) {
        return new TrainingOptions(solver, value, minCount, balanced);
    }

    public TrainingOptions withMinCount(int value) {
        return new TrainingOptions(solver, c, value, balanced);
    }

    public TrainingOptions withBalanced(boolean value) {
        return new TrainingOptions(solver, c, minCount, value);
    }

    public TrainingOptions withSolver(Solver value) {
        return new TrainingOptions(value, c, minCount, balanced);
    }

    /** The options as a model file records them (sorted keys, fixed number formats). */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        m.put("solver", solver.id());
        m.put("c", Numbers.weight(c));
        m.put("min_count", Integer.toString(minCount));
        m.put("balanced", Boolean.toString(balanced));
        return m;
    }
}
