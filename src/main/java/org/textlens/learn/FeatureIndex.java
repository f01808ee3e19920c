package org.textlens.learn;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features a model knows, in sorted name order: feature {@code i} (0-based) is the i-th name.
 * Built from training vectors, keeping the names seen in at least {@code minCount} instances, so the
 * same data always gives the same index.
 */
public final class FeatureIndex {
    private final String[] names;
    private final Map<String, Integer> positions;

    private FeatureIndex(String[] names) {
        this.names = names;
        this.positions = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            positions.put(names[i], i);
        }
    }

    /** An index over the given names (sorted, duplicates removed). */
    public static FeatureIndex of(Collection<String> names) {
        return new FeatureIndex(names.stream().sorted().distinct().toArray(String[]::new));
    }

    /** The names that occur (with any value) in at least {@code minCount} of the vectors. */
    public static FeatureIndex build(List<FeatureVector> vectors, int minCount) {
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (FeatureVector v : vectors) {
            for (int i = 0; i < v.size(); i++) {
                counts.computeIfAbsent(v.name(i), k -> new int[1])[0]++;
            }
        }
        return new FeatureIndex(counts.entrySet().stream().filter(e -> e.getValue()[0] >= minCount).map(Map.Entry::getKey)
            .toArray(String[]::new));
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The position of a name, or -1 if the model does not know it. */
    public int position(String name) {
        Integer p = positions.get(name);
        return p == null ? -1 : p;
    }

    public List<String> names() {
        return Arrays.asList(names.clone());
    }
}
