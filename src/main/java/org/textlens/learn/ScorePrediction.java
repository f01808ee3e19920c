package org.textlens.learn;

/** A score model's prediction and its explanation ({@code explanation.score() == score}). */
public record ScorePrediction(double score, Explanation explanation) {
}
