package org.textlens.portrayal;

import org.textlens.learn.Explanation;

/**
 * How one target is portrayed: {@code negative}, {@code neutral} or {@code positive}; a score in
 * [-1, 1] (the model's share for positive minus its share for negative); and the explanation of
 * the chosen label's decision (the features that moved it, each with its weight × value).
 */
public record Portrayal(String label, double score, Explanation explanation) {
}
