package org.textlens.learn;

/**
 * A label model's decision: the label, its decision score (for a two-label model, the positive
 * label's score, ≥ 0 when it won) and the explanation of that score.
 */
public record LabelPrediction(String label, double score, Explanation explanation) {
}
