package org.textlens.learn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance's features in the order they were made, for scoring without building a sorted
 * {@link FeatureVector}: a model scores it with the same sums, in the same order, as the vector
 * {@link #toVector()} makes ({@link LinearModel#scores(FeatureList)}). Names must be distinct; tabs
 * and line breaks in them become spaces, as in {@link Features}.
 * Not thread-safe; make one per instance.
 */
public final class FeatureList {
    private String[] names = new String[32];
    private double[] values = new double[32];
    private int size;

    /** Appends feature {@code name} (not yet in the list) with {@code value}. */
    public FeatureList add(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("feature " + name + " has a value that is not a finite number: " + value);
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = Features.clean(name);
        values[size++] = value;
        return this;
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The same features as a sorted vector (for training and explanations). */
    public FeatureVector toVector() {
        Map<String, Double> m = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            if (m.put(names[i], values[i]) != null) {
                throw new IllegalStateException("feature " + names[i] + " added twice");
            }
        }
        return FeatureVector.of(m);
    }
}
