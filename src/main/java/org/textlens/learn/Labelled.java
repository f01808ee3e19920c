package org.textlens.learn;

/** A training instance for a label model: features and the label a person gave. */
public record Labelled(FeatureVector features, String label) {
}
