package org.textlens.freq;

import java.util.Map;
import org.textlens.nlp.AnnotatedDocument;

/**
 * The corpus-level accumulator of {@code freq}: per term its count and document frequency, plus
 * the corpus's running words and documents. Memory grows with the vocabulary, not the corpus.
 */
public final class TermCounts {
    private final TermExtractor extractor; // owns the vocabulary and its counters
    private long words;
    private long documents;

    TermCounts(TermExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Counts a document's terms straight into the vocabulary: no lookup per occurrence, and
     * document frequency from remembering which document last saw each term.
     */
    void add(AnnotatedDocument doc) {
        long current = ++documents;
        words += extractor.extract(doc, term -> {
            term.count++;
            if (term.lastDocument != current) {
                term.lastDocument = current;
                term.docs++;
            }
        });
    }

    void addAll(TermCounts other) {
        documents += other.documents;
        words += other.words;
        Map<String, TermExtractor.Term> mine = terms();
        other.terms().forEach((text, o) -> {
            TermExtractor.Term t = mine.computeIfAbsent(text, TermExtractor.Term::new);
            t.count += o.count;
            t.docs += o.docs;
        });
    }

    long count(String term) {
        TermExtractor.Term t = terms().get(term);
        return t == null ? 0 : t.count;
    }

    public long words() {
        return words;
    }

    public long documents() {
        return documents;
    }

    Map<String, TermExtractor.Term> terms() {
        return extractor.vocabulary();
    }
}
