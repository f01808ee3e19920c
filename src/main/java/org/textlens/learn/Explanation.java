package org.textlens.learn;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a linear model decided as it did: every known feature of the instance with its contribution
 * (weight × value), in feature-name order, and the bias. {@link #score()} is by definition
 * {@code bias + Σ contributions}, summed in that order; the model's decision score is computed the
 * same way, so the two are equal to the last bit.
 */
public record Explanation(List<Contribution> contributions, double bias, double score) {
    public Explanation {
        contributions = List.copyOf(contributions);
    }

    /** The {@code n} contributions of largest magnitude, ties by feature name. */
    public List<Contribution> top(int n) {
        return contributions.stream()
            .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.amount())).thenComparing(Contribution::feature))
            .limit(n).toList();
    }

    /** {@code lemma=slam:-0.41; vader=-2.1:-0.30}: the top {@code n}, joined by "; ". */
    public String format(int n) {
        return top(n).stream().map(Contribution::format).collect(Collectors.joining("; "));
    }

    /**
     * The {@code n} largest contributions, then {@code (K more):X} for what the other K added, then
     * {@code bias:X}: entries that add up to {@link #score()}, up to their rounding to 2 decimals.
     * This is what {@code --explain} columns show.
     */
    public List<String> evidence(int n) {
        List<Contribution> top = top(n);
        List<String> out = new java.util.ArrayList<>(top.size() + 2);
        double shown = 0;
        for (Contribution c : top) {
            out.add(c.format());
            shown += c.amount();
        }
        int others = contributions.size() - top.size();
        if (others > 0) {
            out.add("(" + others + " more):" + Numbers.fixed(score - bias - shown, 2));
        }
        out.add("bias:" + Numbers.fixed(bias, 2));
        return out;
    }

    /** The bias plus every contribution, in order: equal to {@link #score()}. */
    public double sum() {
        double s = bias;
        for (Contribution c : contributions) {
            s += c.amount();
        }
        return s;
    }
}
