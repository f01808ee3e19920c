package org.textlens.learn;

/** What a linear model predicts. */
public enum Task {
    /** A class out of two or more ({@link LabelModel}). */
    LABEL,
    /** A number ({@link ScoreModel}). */
    SCORE,
    /** BIO tags over tokens, decoded into spans ({@link SpanModel}). */
    SPAN
}
