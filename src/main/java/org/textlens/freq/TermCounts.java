package org.textlens.freq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** The terms seen in each document counted in pieces, per document number; settled on first read. */
    private final Map<Long, List<TermExtractor.Term>> pieceTerms = new HashMap<>();

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

    /**
     * Counts a piece of the long document numbered {@code document}: its words add up as usual,
     * and the terms it holds are remembered, so that the document counts once towards each
     * term's document frequency however many pieces (on however many threads) saw the term.
     */
    void addPiece(AnnotatedDocument piece, long document) {
        List<TermExtractor.Term> seen = pieceTerms.computeIfAbsent(document, k -> new ArrayList<>());
        words += extractor.extract(piece, term -> {
            term.count++;
            if (term.lastDocument != -document) {
                term.lastDocument = -document;
                seen.add(term);
            }
        });
    }

    void addAll(TermCounts other) {
        documents += other.documents;
        words += other.words;
        Map<String, TermExtractor.Term> mine = extractor.vocabulary();
        other.extractor.vocabulary().forEach((text, o) -> {
            TermExtractor.Term t = mine.computeIfAbsent(text, TermExtractor.Term::new);
            t.count += o.count;
            t.docs += o.docs;
        });
        other.pieceTerms.forEach((document, terms) -> {
            List<TermExtractor.Term> into = pieceTerms.computeIfAbsent(document, k -> new ArrayList<>());
            for (TermExtractor.Term t : terms) {
                into.add(mine.get(t.text));
            }
        });
        other.pieceTerms.clear();
    }

    /** Folds the documents counted in pieces into the document counts: each once, and once per term. */
    private void settle() {
        if (pieceTerms.isEmpty()) {
            return;
        }
        pieceTerms.forEach((document, terms) -> {
            documents++;
            for (TermExtractor.Term t : terms) {
                if (t.settled != document) {
                    t.settled = document;
                    t.docs++;
                }
            }
        });
        pieceTerms.clear();
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
        settle();
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
        settle();
        return documents;
    }

    Map<String, TermExtractor.Term> terms() {
        settle();
        return extractor.vocabulary();
    }
}
