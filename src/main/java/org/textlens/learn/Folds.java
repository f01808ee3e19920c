package org.textlens.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic fold assignment for k-fold cross-validation: the same instances (or groups) and k
 * give the same folds on every run and machine ({@link Random} with a fixed seed is specified
 * exactly by the JDK).
 */
public final class Folds {
    private static final long SEED = 20261206L;

    private Folds() {
    }

    /** The fold (0..k-1) of each of {@code n} instances: a fixed shuffle, then dealt round-robin. */
    public static int[] assign(int n, int k) {
        check(k);
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    /**
     * Folds that keep each group together (e.g. the sentences of one document): groups, in order of
     * first appearance, are shuffled and dealt round-robin; every instance takes its group's fold.
     */
    public static int[] byGroup(List<String> groups, int k) {
        check(k);
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String g : groups) {
            ids.putIfAbsent(g, ids.size());
        }
        int[] groupFold = assign(ids.size(), k);
        int[] fold = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            fold[i] = groupFold[ids.get(groups.get(i))];
        }
        return fold;
    }

    /** The items of the folds other than {@code fold}. */
    public static <T> List<T> training(List<T> items, int[] folds, int fold) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (folds[i] != fold) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** The items of fold {@code fold}. */
    public static <T> List<T> held(List<T> items, int[] folds, int fold) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (folds[i] == fold) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private static void check(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
    }
}
