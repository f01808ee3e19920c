package org.textlens.attribution;

import java.util.HashMap;
import java.util.Map;
import org.textlens.nlp.Lemmatizer;

/** Lemmas of lower-cased words, remembered per worker thread: news repeats its words. */
final class LemmaMemo {
    private static final int LIMIT = 200_000;
    private final Lemmatizer lemmatizer = Lemmatizer.english();
    private final Map<String, String> memo = new HashMap<>();

    String lemma(String lower) {
        String l = memo.get(lower);
        if (l == null) {
            if (memo.size() >= LIMIT) {
                memo.clear(); // a bound on memory for corpora with huge vocabularies
            }
            l = lemmatizer.lemma(lower);
            memo.put(lower, l);
        }
        return l;
    }
}
