package org.textlens.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear function: for each output column, a weight per known feature and a bias.
 * {@code score(x, c) = bias[c] + Σ_i w[i][c]·x_i}, summed over the instance's known features in name
 * order. Features the model does not know weigh nothing. Immutable and thread-safe.
 *
 * <p>Columns: a {@link Task#LABEL} model with two labels has one column, scoring its
 * {@linkplain LabelModel#positive() positive} label (score ≥ 0 means positive); with more labels, one
 * column per label (one-vs-rest). A {@link Task#SCORE} model has one column, {@code score}. A
 * {@link Task#SPAN} model has one column per BIO tag.
 */
public final class LinearModel {
    private final Task task;
    private final List<String> labels;
    private final List<String> columns;
    private final FeatureIndex index;
    private final double[] weights; // feature-major: weights[f * columns + c]
    private final double[] bias;

    LinearModel(Task task, List<String> labels, List<String> columns, FeatureIndex index, double[] weights, double[] bias) {
        if (weights.length != index.size() * columns.size() || bias.length != columns.size()) {
            throw new IllegalArgumentException("weights do not fit " + index.size() + " features x " + columns.size() + " columns");
        }
        this.task = task;
        this.labels = List.copyOf(labels);
        this.columns = List.copyOf(columns);
        this.index = index;
        this.weights = weights;
        this.bias = bias;
    }

    public Task task() {
        return task;
    }

    /** The labels (or tags) a label or span model chooses from, sorted; {@code [score]} for a score model. */
    public List<String> labels() {
        return labels;
    }

    /** What each column scores. */
    public List<String> columns() {
        return columns;
    }

    public FeatureIndex features() {
        return index;
    }

    public double weight(int feature, int column) {
        return weights[feature * columns.size() + column];
    }

    public double bias(int column) {
        return bias[column];
    }

    /** The same model with column {@code column}'s bias set to {@code value} (rounded as a model file stores it). */
    LinearModel withBias(int column, double value) {
        double[] b = bias.clone();
        b[column] = Numbers.rounded(value);
        return new LinearModel(task, labels, columns, index, weights, b);
    }

    /** The decision score of every column. */
    public double[] scores(FeatureVector x) {
        int k = columns.size();
        double[] s = bias.clone();
        for (int i = 0; i < x.size(); i++) {
            int f = index.position(x.name(i));
            if (f >= 0) {
                double v = x.value(i);
                int base = f * k;
                for (int c = 0; c < k; c++) {
                    s[c] += weights[base + c] * v;
                }
            }
        }
        return s;
    }

    /**
     * The scores of {@code x}: the same sums as {@link #scores(FeatureVector)} of {@code x.toVector()},
     * bit for bit, as the known features are added in the vector's order (the index's names are
     * sorted, so a feature's position is its rank among names), without sorting names.
     */
    public double[] scores(FeatureList x) {
        int k = columns.size();
        long[] known = new long[x.size()];
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            int f = index.position(x.name(i));
            if (f >= 0) {
                known[n++] = ((long) f << 32) | i;
            }
        }
        Arrays.sort(known, 0, n);
        double[] s = bias.clone();
        for (int j = 0; j < n; j++) {
            int f = (int) (known[j] >>> 32);
            double v = x.value((int) known[j]);
            int base = f * k;
            for (int c = 0; c < k; c++) {
                s[c] += weights[base + c] * v;
            }
        }
        return s;
    }

    /** The decision score of one column, with each known feature's contribution. */
    public Explanation explain(FeatureVector x, int column) {
        int k = columns.size();
        List<Contribution> parts = new ArrayList<>();
        double s = bias[column];
        for (int i = 0; i < x.size(); i++) {
            int f = index.position(x.name(i));
            if (f >= 0) {
                double w = weights[f * k + column];
                double amount = w * x.value(i);
                s += amount;
                parts.add(new Contribution(x.name(i), x.value(i), w, amount));
            }
        }
        return new Explanation(parts, bias[column], s);
    }
}
