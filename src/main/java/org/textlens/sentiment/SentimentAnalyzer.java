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
 * Sentence-level sentiment of each document, and its per-document summary, by the rules or by a
 * learned {@link SentimentModel} over the rules and the words. Thread-safe: each thread scores with
 * its own {@link SentenceScorer} and {@link SentimentFeatures}.
 */
public final class SentimentAnalyzer {
    private final Thresholds thresholds;
    private final ThreadLocal<SentenceScorer> scorers;
    private final SentimentModel model;
    private final ThreadLocal<SentimentFeatures> features;

    public SentimentAnalyzer(SentimentLexicon lexicon, Thresholds thresholds) {
        this(lexicon, thresholds, null);
    }

    /** @param model the learned model, or null for the rules alone */
    public SentimentAnalyzer(SentimentLexicon lexicon, Thresholds thresholds, SentimentModel model) {
        this.thresholds = thresholds;
        this.scorers = ThreadLocal.withInitial(() -> new SentenceScorer(lexicon));
        this.model = model;
        this.features = ThreadLocal.withInitial(() -> new SentimentFeatures(lexicon));
    }

    /** The score and label of one unit of text: the rules', or the model's. */
    private SentimentModel.Judgement judge(String text, boolean explain) {
        SentenceScorer scorer = scorers.get();
        if (model == null) {
            SentenceScore score = scorer.score(text, explain);
            return new SentimentModel.Judgement(score, thresholds.label(score.compound()));
        }
        SentenceWords.Split split = scorer.split(text); // read once, by the rules and by the model's features
        SentenceScore rules = scorer.score(split, false);
        return model.judge(features.get().list(split, rules), rules, thresholds, explain);
    }

    /** The features a model reads from {@code text} (for training). */
    public org.textlens.learn.FeatureVector features(String text) {
        return features.get().of(text, scorers.get().score(text, false));
    }

    /** The rules' compound score of {@code text} (for comparing a model with the rules). */
    public double rulesCompound(String text) {
        return scorers.get().score(text, false).compound();
    }

    /** One row per sentence; with {@code explain}, the evidence column too. */
    public DocumentAnalyzer<SentenceRow> sentences(boolean explain) {
        return doc -> {
            List<Span> spans = doc.sentenceSpans();
            List<SentenceRow> rows = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                String text = doc.text(spans.get(i));
                SentimentModel.Judgement j = judge(text, explain);
                rows.add(new SentenceRow(doc.doc().id(), i, spans.get(i).start(), spans.get(i).end(), j.score(),
                    j.label(), text, explain));
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
            SentimentModel.Judgement j = judge(text, explain);
            return Stream.of(new SentenceRow(doc.doc().id(), 0, 0, text.codePointCount(0, text.length()), j.score(),
                j.label(), text, explain));
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
        String[] labels = new String[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = rows.get(i).score().compound();
            labels[i] = rows.get(i).label();
        }
        return summary(docId, scores, labels);
    }

    private SummaryRow summarize(AnnotatedDocument doc) {
        List<Span> sentences = doc.sentenceSpans();
        double[] scores = new double[sentences.size()];
        String[] labels = new String[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            SentimentModel.Judgement j = judge(doc.text(sentences.get(i)), false);
            scores[i] = j.score().compound();
            labels[i] = j.label();
        }
        return summary(doc.doc().id(), scores, labels);
    }

    private SummaryRow summary(String docId, double[] scores, String[] labels) {
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
            switch (labels[i]) {
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
