package org.textlens.sentiment;

import java.util.List;

/**
 * The sentiment of one sentence: the normalised compound score in [-1, 1], the shares of the
 * sentence's sentiment mass that are positive, neutral and negative (summing to 1), and the
 * evidence: every word or phrase that moved the score, with its final weight, in text order.
 */
public record SentenceScore(double compound, double pos, double neu, double neg, List<String> evidence) {
    public SentenceScore {
        evidence = List.copyOf(evidence);
    }
}
