package org.textlens.nlp;

import java.util.List;

/** A sentence: its index in the document (from 0), its span, and its tokens in text order. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /**
     * The index of the sentence holding code point {@code at} in {@code sentences} (in text order): the
     * last one starting at or before it, or 0 before the first.
     */
    public static int indexAt(List<Sentence> sentences, int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
