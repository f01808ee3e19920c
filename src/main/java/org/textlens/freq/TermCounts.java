package org.textlens.freq;

import java.util.HashMap;
import java.util.Map;

/**
 * The corpus-level accumulator of {@code freq}: per term its count and document frequency, plus
 * the corpus's running words and documents. Memory grows with the vocabulary, not the corpus.
 */
public final class TermCounts {
    /** count and document frequency of one term. */
    static final class Stat {
        long count;
        long docs;
    }

    final Map<String, Stat> terms = new HashMap<>();
    long words;
    long documents;
    final TermExtractor extractor; // per-thread working state, not part of the result

    TermCounts(TermExtractor extractor) {
        this.extractor = extractor;
    }

    void add(TermExtractor.DocTerms doc) {
        documents++;
        words += doc.words();
        doc.counts().forEach((term, c) -> {
            Stat s = terms.computeIfAbsent(term, k -> new Stat());
            s.count += c[0];
            s.docs++;
        });
    }

    void addAll(TermCounts other) {
        documents += other.documents;
        words += other.words;
        other.terms.forEach((term, o) -> {
            Stat s = terms.computeIfAbsent(term, k -> new Stat());
            s.count += o.count;
            s.docs += o.docs;
        });
    }

    long count(String term) {
        Stat s = terms.get(term);
        return s == null ? 0 : s.count;
    }

    public long words() {
        return words;
    }

    public long documents() {
        return documents;
    }

    Map<String, Stat> terms() {
        return terms;
    }

    static Map<String, Stat> newMap() {
        return new HashMap<>();
    }
}
