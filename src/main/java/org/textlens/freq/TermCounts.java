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

    /** Receives one term of the vocabulary with its corpus count and document frequency. */
    public interface TermVisitor {
        void term(String term, long count, long docs);
    }

    /**
     * Every counted term with its figures: the counts-only form of the accumulator, which an
     * aggregation across machines (the Spark job) adds up by term.
     */
    public void forEachTerm(TermVisitor visitor) {
        for (TermExtractor.Term t : terms().values()) {
            if (t.count > 0) {
                visitor.term(t.text, t.count, t.docs);
            }
        }
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
