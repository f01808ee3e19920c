package org.textlens.learn;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One instance's features: names in sorted order (code-unit order of {@link String#compareTo}), each
 * with its value. Names are unique; a value of zero is kept only if it was added. Immutable.
 */
public final class FeatureVector {
    private static final FeatureVector EMPTY = new FeatureVector(new String[0], new double[0]);

    private final String[] names;
    private final double[] values;

    private FeatureVector(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    public static FeatureVector empty() {
        return EMPTY;
    }

    /** The vector of a sorted map (names to values). */
    public static FeatureVector of(Map<String, Double> features) {
        TreeMap<String, Double> sorted = features instanceof TreeMap<String, Double> t && t.comparator() == null ? t : new TreeMap<>(features);
        String[] n = new String[sorted.size()];
        double[] v = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            n[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new FeatureVector(n, v);
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The value of a feature, 0 when it is absent. */
    public double get(String name) {
        int i = Arrays.binarySearch(names, name);
        return i >= 0 ? values[i] : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector f && Arrays.equals(names, f.names) && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }
}
