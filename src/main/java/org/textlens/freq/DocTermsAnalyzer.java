package org.textlens.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;

/**
 * {@code --by-doc}: the terms of each document with their count and frequency per 10,000 of the
 * document's words, ordered by count descending then term. Safe for several threads: each thread
 * gets its own extractor.
 */
public final class DocTermsAnalyzer implements DocumentAnalyzer<DocTermRow> {
    /** One document's counted terms, kept when TF-IDF needs the whole corpus first. */
    public record DocTerms(String docId, Map<String, int[]> counts, long words) {
    }

    private final FreqSettings settings;
    private final ThreadLocal<TermExtractor> extractors;

    public DocTermsAnalyzer(FreqSettings settings) {
        this.settings = settings;
        FormCacheBudget cacheBudget = FormCacheBudget.ofHeap();
        this.extractors = ThreadLocal.withInitial(() -> new TermExtractor(settings, false, cacheBudget));
    }

    @Override
    public Stream<DocTermRow> analyze(AnnotatedDocument doc) {
        return rows(terms(doc), d -> 0, 0);
    }

    public DocTerms terms(AnnotatedDocument doc) {
        long[] words = new long[1];
        Map<String, int[]> counts = extractors.get().counts(doc, words);
        return new DocTerms(doc.doc().id(), counts, words[0]);
    }

    /**
     * Rows of one document; with {@code documents > 0}, a TF-IDF column from the corpus's
     * document frequencies {@code docFreq}.
     */
    public Stream<DocTermRow> rows(DocTerms doc, ToLongFunction<String> docFreq, long documents) {
        List<DocTermRow> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : ranked(doc)) {
            String term = e.getKey();
            long count = e.getValue()[0];
            OptionalDouble tfidf = documents > 0
                ? OptionalDouble.of(Tfidf.of(count, docFreq.applyAsLong(term), documents)) : OptionalDouble.empty();
            rows.add(row(doc.docId(), term, count, doc.words(), tfidf));
        }
        return rows.stream();
    }

    /** The terms of a document that get a row, in row order: at least --min-count, by count then term, the --top first. */
    public List<Map.Entry<String, int[]>> ranked(DocTerms doc) {
        List<Map.Entry<String, int[]>> entries = new ArrayList<>();
        for (Map.Entry<String, int[]> e : doc.counts().entrySet()) {
            if (e.getValue()[0] >= settings.minCount()) {
                entries.add(e);
            }
        }
        entries.sort(Ranking.byCountThenTerm(e -> e.getValue()[0], Map.Entry::getKey));
        int limit = settings.top() > 0 ? Math.min(settings.top(), entries.size()) : entries.size();
        return entries.subList(0, limit);
    }

    static DocTermRow row(String docId, String term, long count, long words, OptionalDouble tfidf) {
        return new DocTermRow(docId, term, count, FreqAnalyzer.perTenThousand(count, words), tfidf);
    }
}
