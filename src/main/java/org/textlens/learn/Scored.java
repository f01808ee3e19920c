package org.textlens.learn;

/** A training instance for a score model: features and the score a person gave. */
public record Scored(FeatureVector features, double score) {
}
