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

    public FreqAnalyzer(FreqSettings settings, boolean tfidf) {
        this.settings = settings;
        this.tfidf = tfidf;
    }

    @Override
    public TermCounts empty() {
        return new TermCounts(new TermExtractor(settings, true));
    }

    @Override
    public TermCounts add(TermCounts acc, AnnotatedDocument doc) {
        acc.add(doc);
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
            rows.add(new FreqRow(ranks[i], s.text, s.count, perTenThousand(s.count, acc.words()), s.docs,
                tfidf ? OptionalDouble.of(Tfidf.of(s.count, s.docs, acc.documents())) : OptionalDouble.empty()));
        }
        return rows.stream();
    }

    static double perTenThousand(long count, long words) {
        return words == 0 ? 0 : count * 10_000.0 / words;
    }
}
