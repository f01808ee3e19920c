package org.textlens.sentiment;

/** Compound scores at or below {@code negative} are negative, at or above {@code positive} positive. */
public record Thresholds(double negative, double positive) {
    public Thresholds {
        if (!(negative <= positive)) {
            throw new IllegalArgumentException("the negative threshold must not exceed the positive one");
        }
    }

    public String label(double compound) {
        return compound >= positive && compound > negative ? "positive" : compound <= negative ? "negative" : "neutral";
    }
}
