package org.textlens.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.textlens.engine.CorpusAnalyzer;
import org.textlens.nlp.AnnotatedDocument;

/**
 * Corpus-level term frequencies: count, frequency per 10,000 running words, document frequency
 * and optionally TF-IDF. Rows are ordered by count descending, then term; equal counts share a rank.
 */
public final class FreqAnalyzer implements CorpusAnalyzer<TermCounts, FreqRow> {
    private final FreqSettings settings;
    private final boolean tfidf;
    private final FormCacheBudget cacheBudget = FormCacheBudget.ofHeap();

    public FreqAnalyzer(FreqSettings settings, boolean tfidf) {
        this.settings = settings;
        this.tfidf = tfidf;
    }

    @Override
    public TermCounts empty() {
        return new TermCounts(new TermExtractor(settings, true, cacheBudget));
    }

    @Override
    public TermCounts add(TermCounts acc, AnnotatedDocument doc) {
        acc.add(doc);
        return acc;
    }

    /** Counts add up, and document frequency counts a document cut in pieces once. */
    @Override
    public boolean addsPieces() {
        return true;
    }

    @Override
    public TermCounts addPiece(TermCounts acc, AnnotatedDocument piece, long document) {
        acc.addPiece(piece, document);
        return acc;
    }

    @Override
    public TermCounts merge(TermCounts left, TermCounts right) {
        left.addAll(right);
        return left;
    }

    @Override
    public Stream<FreqRow> finish(TermCounts acc) {
        List<TermExtractor.Term> entries = new ArrayList<>();
        for (TermExtractor.Term t : acc.terms().values()) {
            if (t.count >= settings.minCount()) {
                entries.add(t);
            }
        }
        entries.sort(Ranking.byCountThenTerm(t -> t.count, t -> t.text));
        long[] ranks = Ranking.competition(entries, t -> t.count);
        int limit = settings.top() > 0 ? Math.min(settings.top(), entries.size()) : entries.size();
        List<FreqRow> rows = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            TermExtractor.Term s = entries.get(i);
            rows.add(row(ranks[i], s.text, s.count, s.docs, acc.words(), acc.documents()));
        }
        return rows.stream();
    }

    /** The row of a term seen {@code count} times in {@code docs} of {@code documents} documents with {@code words} running words. */
    public FreqRow row(long rank, String term, long count, long docs, long words, long documents) {
        return new FreqRow(rank, term, count, perTenThousand(count, words), docs,
            tfidf ? OptionalDouble.of(Tfidf.of(count, docs, documents)) : OptionalDouble.empty());
    }

    static double perTenThousand(long count, long words) {
        return words == 0 ? 0 : count * 10_000.0 / words;
    }
}
