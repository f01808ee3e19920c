package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Span;

/**
 * Sentence-level sentiment of each document, and its per-document summary. Thread-safe: each
 * thread scores with its own {@link SentenceScorer}.
 */
public final class SentimentAnalyzer {
    private final Thresholds thresholds;
    private final ThreadLocal<SentenceScorer> scorers;

    public SentimentAnalyzer(SentimentLexicon lexicon, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.scorers = ThreadLocal.withInitial(() -> new SentenceScorer(lexicon));
    }

    /** One row per sentence; with {@code explain}, the evidence column too. */
    public DocumentAnalyzer<SentenceRow> sentences(boolean explain) {
        return doc -> {
            SentenceScorer scorer = scorers.get();
            List<Span> spans = doc.sentenceSpans();
            List<SentenceRow> rows = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                String text = doc.text(spans.get(i));
                SentenceScore score = scorer.score(text, explain);
                rows.add(new SentenceRow(doc.doc().id(), i, spans.get(i).start(), spans.get(i).end(), score,
                    thresholds.label(score.compound()), text, explain));
            }
            return rows.stream();
        };
    }

    /**
     * One row per document, the whole text scored as one unit the way VADER scores a tweet: "but"
     * and exclamation marks reach across sentences. For short texts (posts, reviews, headlines).
     */
    public DocumentAnalyzer<SentenceRow> wholeDocuments(boolean explain) {
        return doc -> {
            String text = doc.doc().text();
            SentenceScore score = scorers.get().score(text, explain);
            return Stream.of(new SentenceRow(doc.doc().id(), 0, 0, text.codePointCount(0, text.length()), score,
                thresholds.label(score.compound()), text, explain));
        };
    }

    /** One summary row per document. */
    public DocumentAnalyzer<SummaryRow> summaries() {
        return doc -> Stream.of(summarize(doc));
    }

    /**
     * The summary of a document whose sentences were already scored by {@link #sentences}: the same
     * row {@link #summaries} gives, without scoring the sentences a second time.
     */
    public SummaryRow summaryOf(String docId, List<SentenceRow> rows) {
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = rows.get(i).score().compound();
        }
        return summary(docId, scores);
    }

    private SummaryRow summarize(AnnotatedDocument doc) {
        SentenceScorer scorer = scorers.get();
        List<Span> sentences = doc.sentenceSpans();
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scorer.score(doc.text(sentences.get(i)), false).compound();
        }
        return summary(doc.doc().id(), scores);
    }

    private SummaryRow summary(String docId, double[] scores) {
        int n = scores.length;
        if (n == 0) {
            return new SummaryRow(docId, 0, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0,
                Optional.empty(), Optional.empty());
        }
        int positive = 0;
        int negative = 0;
        int min = 0;
        int max = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += scores[i];
            switch (thresholds.label(scores[i])) {
                case "positive" -> positive++;
                case "negative" -> negative++;
                default -> { }
            }
            if (scores[i] < scores[min]) {
                min = i;
            }
            if (scores[i] > scores[max]) {
                max = i;
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        double stdev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new SummaryRow(docId, n, Optional.of(mean), Optional.of(median), Optional.of(stdev),
            (double) positive / n, (double) (n - positive - negative) / n, (double) negative / n,
            Optional.of(min), Optional.of(max));
    }
}
