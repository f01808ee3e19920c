package org.textlens.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Lemmas of lower-cased English words, remembered: news repeats its words. Bounded (it starts afresh
 * past 200,000 forms), so a corpus of endless rare words cannot grow it forever. Not thread-safe:
 * keep one per worker thread.
 */
public final class LemmaMemo {
    private static final int LIMIT = 200_000;
    private final Lemmatizer lemmatizer = Lemmatizer.english();
    private final Map<String, String> memo = new HashMap<>();

    /** The lemma of {@code lower}, a lower-cased word. */
    public String lemma(String lower) {
        String l = memo.get(lower);
        if (l == null) {
            if (memo.size() >= LIMIT) {
                memo.clear();
            }
            l = lemmatizer.lemma(lower);
            memo.put(lower, l);
        }
        return l;
    }
}
