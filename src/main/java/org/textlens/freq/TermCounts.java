package org.textlens.freq;

import java.util.HashMap;
import java.util.Map;
import org.textlens.nlp.AnnotatedDocument;

/**
 * The corpus-level accumulator of {@code freq}: per term its count and document frequency, plus
 * the corpus's running words and documents. Memory grows with the vocabulary, not the corpus.
 */
public final class TermCounts {
    /** count and document frequency of one term. */
    static final class Stat {
        long count;
        long docs;
        long lastDocument; // the document that last counted towards docs, numbered from 1
    }

    final Map<String, Stat> terms = new HashMap<>();
    long words;
    long documents;
    final TermExtractor extractor; // per-thread working state, not part of the result

    TermCounts(TermExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Counts a document's terms straight into the corpus table: one hash lookup per occurrence,
     * and document frequency from remembering which document last saw each term.
     */
    void add(AnnotatedDocument doc) {
        long current = ++documents;
        words += extractor.extract(doc, term -> {
            Stat s = term.slot instanceof Stat known ? known : lookup(term);
            s.count++;
            if (s.lastDocument != current) {
                s.lastDocument = current;
                s.docs++;
            }
        });
    }

    private Stat lookup(TermExtractor.Term term) {
        Stat s = terms.computeIfAbsent(term.text, k -> new Stat());
        term.slot = s;
        return s;
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
}
