package org.textlens.freq;

/**
 * TF-IDF as quanteda's default weighting computes it: term count times
 * {@code log10(documents / document frequency)}. A term in every document scores 0.
 */
final class Tfidf {
    private Tfidf() {
    }

    static double of(long count, long docs, long documents) {
        return docs == 0 ? 0 : count * Math.log10((double) documents / docs);
    }
}
