package org.textlens.learn;

import java.util.Arrays;
import java.util.Collection;
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
    /** Open addressing, linear probing, at most half full: each slot's name hash and position (-1 empty). */
    private final int[] slotHash;
    private final int[] slotPosition;
    private final int mask;

    private FeatureIndex(String[] names) {
        this.names = names;
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 2 - 1)) << 1;
        slotHash = new int[capacity];
        slotPosition = new int[capacity];
        Arrays.fill(slotPosition, -1);
        mask = capacity - 1;
        for (int i = 0; i < names.length; i++) {
            int h = spread(names[i].hashCode());
            int s = h & mask;
            while (slotPosition[s] >= 0) {
                s = (s + 1) & mask;
            }
            slotHash[s] = h;
            slotPosition[s] = i;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
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
        int h = spread(name.hashCode());
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int p = slotPosition[s];
            if (p < 0) {
                return -1;
            }
            if (slotHash[s] == h && names[p].equals(name)) {
                return p;
            }
        }
    }

    public List<String> names() {
        return Arrays.asList(names.clone());
    }
}
