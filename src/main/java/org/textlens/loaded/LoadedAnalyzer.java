package org.textlens.loaded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.textlens.attribution.Attributions;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.TokenKind;
import org.textlens.nlp.TokenVisitor;

/**
 * Loaded terms in each document, or a summary per document. Reads each document's tokens where
 * they stand in its text, without token objects. Thread-safe: each thread keeps its own sentence
 * buffer and memo of word forms.
 */
public final class LoadedAnalyzer {
    private final LoadedLexicon lexicon;
    private final double minWeight;
    private final HitBounds bounds;
    private final ThreadLocal<SentenceWords> buffers;
    private final AtomicLong documents = new AtomicLong();
    private final Optional<Attributions> attributions;

    /** Without speakers: rows have no {@code speaker}. */
    public LoadedAnalyzer(LoadedLexicon lexicon, double minWeight) {
        this(lexicon, minWeight, Optional.empty());
    }

    /** @param attributions finds quotations and their speakers, for the {@code speaker} column (when present) */
    public LoadedAnalyzer(LoadedLexicon lexicon, double minWeight, Optional<Attributions> attributions) {
        this.lexicon = lexicon;
        this.attributions = attributions;
        this.minWeight = minWeight;
        this.bounds = new HitBounds(lexicon.matcher());
        this.buffers = ThreadLocal.withInitial(() -> new SentenceWords(lexicon.matcher()));
    }

    /**
     * One row per hit; with {@code context}, the sentence's text too; with {@code sentenceKeys}, the
     * key of its sentence for {@link RepeatedSentences} (else 0).
     */
    public DocumentAnalyzer<HitRow> hits(boolean context, boolean sentenceKeys) {
        return doc -> {
            List<HitRow> rows = new ArrayList<>();
            long document = documents.incrementAndGet();
            String id = doc.doc().id();
            String text = doc.doc().text();
            CodePoints codePoints = new CodePoints(text);
            scan(doc, (sentence, words, hits) -> {
                if (hits.isEmpty()) {
                    return;
                }
                int sentenceStart = words.start(0);
                int sentenceEnd = words.end(words.size() - 1);
                Optional<String> sentenceText = context ? Optional.of(text.substring(sentenceStart, sentenceEnd)) : Optional.empty();
                long key = sentenceKeys ? RepeatedSentences.key(text, sentenceStart, sentenceEnd) : 0;
                for (Hit h : hits) {
                    int start = words.start(h.from());
                    int end = words.end(h.to() - 1);
                    LexiconEntry e = h.entry();
                    rows.add(new HitRow(id, sentence, codePoints.of(start), codePoints.of(end), text.substring(start, end),
                        e.category(), e.weight(), e.alternative(), e.reason(), Optional.empty(), Optional.empty(), sentenceText,
                        document, key));
                }
            });
            return withSpeakers(doc, rows).stream();
        };
    }

    /** What {@link #learned} reports: which rows, and which columns beside the usual ones. */
    public record LearnedOptions(boolean context, boolean sentenceKeys, boolean explain, Set<String> categories, double minWeight) {
    }

    /**
     * One row per span the model finds. A span that holds a lexicon entry is reported as that entry
     * (category, weight, alternative, reason); any other gets the model's type as category, how sure
     * the model is as weight, and the features that decided it as reason. With {@code explain}, every
     * row names its deciding features. Rows of other categories than {@code categories} (all when
     * empty) or below {@code minWeight} are left out. The analyser's lexicon gives the features: it
     * must be the one the model was trained with (the built-in one, every category).
     */
    public DocumentAnalyzer<HitRow> learned(LoadedModel model, LearnedOptions options) {
        LearnedTagging tagging = new LearnedTagging();
        return doc -> {
            List<HitRow> rows = new ArrayList<>();
            long document = documents.incrementAndGet();
            String id = doc.doc().id();
            String text = doc.doc().text();
            CodePoints codePoints = new CodePoints(text);
            CodePoints tokenPoints = new CodePoints(text);
            DocQuotes quotes = new DocQuotes(text);
            scan(doc, (sentence, words, hits) -> {
                LearnedTagging.Sentence s = new LearnedTagging.Sentence(words, hits, quoteWords(words, quotes, tokenPoints));
                LearnedTagging.Tagged tagged = tagging.tag(model, s);
                if (tagged.spans().isEmpty()) {
                    return;
                }
                int sentenceStart = words.start(0);
                int sentenceEnd = words.end(words.size() - 1);
                Optional<String> sentenceText = options.context() ? Optional.of(text.substring(sentenceStart, sentenceEnd)) : Optional.empty();
                long key = options.sentenceKeys() ? RepeatedSentences.key(text, sentenceStart, sentenceEnd) : 0;
                List<org.textlens.learn.FeatureVector> vectors = null;
                for (LearnedTagging.Found f : tagged.spans()) {
                    Hit h = LearnedTagging.entryInside(hits, f.from(), f.to());
                    String category = h != null ? h.entry().category() : f.type();
                    double weight = h != null ? h.entry().weight() : f.weight();
                    if (!options.categories().isEmpty() && !options.categories().contains(category) || weight < options.minWeight()) {
                        continue;
                    }
                    if (vectors == null && (h == null || options.explain())) {
                        vectors = tagging.vectors(s);
                    }
                    String why = h == null || options.explain()
                        ? model.explain(vectors, tagged.tags(), f.from(), f.to(), h == null ? LearnedTagging.REASON_FEATURES
                            : LearnedTagging.EXPLAIN_FEATURES) : "";
                    String reason = h != null ? h.entry().reason() : "learned from annotations; deciding features: " + why;
                    Optional<String> explanation = options.explain()
                        ? Optional.of(h == null ? model.explain(vectors, tagged.tags(), f.from(), f.to(), LearnedTagging.EXPLAIN_FEATURES)
                            : why) : Optional.empty();
                    int start = words.start(f.from());
                    int end = words.end(f.to() - 1);
                    rows.add(new HitRow(id, sentence, codePoints.of(start), codePoints.of(end), text.substring(start, end), category,
                        weight, h != null ? h.entry().alternative() : "", reason, Optional.empty(), explanation, sentenceText, document, key));
                }
            });
            return withSpeakers(doc, rows).stream();
        };
    }

    /** Each token's quotation words ({@link DocQuotes#wordsAt}); tokens come in text order. */
    private static int[] quoteWords(SentenceWords words, DocQuotes quotes, CodePoints points) {
        int[] q = new int[words.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = quotes.wordsAt(points.of(words.start(i)));
        }
        return q;
    }

    /** One document's tokens for training: code-point bounds and full feature vectors per sentence. */
    public record TrainingDocument(String id, int length, List<TrainingSentence> sentences) {
    }

    /** One sentence's tokens: code-point {@code starts}/{@code ends} and each token's feature vector. */
    public record TrainingSentence(int[] starts, int[] ends, List<org.textlens.learn.FeatureVector> features) {
    }

    /** The tokens and features of {@code doc}, as the span tagger sees them, for {@code train loaded}. */
    public TrainingDocument trainingDocument(AnnotatedDocument doc) {
        LearnedTagging tagging = new LearnedTagging();
        String text = doc.doc().text();
        CodePoints tokenPoints = new CodePoints(text);
        CodePoints endPoints = new CodePoints(text);
        DocQuotes quotes = new DocQuotes(text);
        List<TrainingSentence> sentences = new ArrayList<>();
        scan(doc, (sentence, words, hits) -> {
            LearnedTagging.Sentence s = new LearnedTagging.Sentence(words, hits, quoteWords(words, quotes, tokenPoints));
            int[] starts = new int[words.size()];
            int[] ends = new int[words.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = endPoints.of(words.start(i));
                ends[i] = endPoints.of(words.end(i));
            }
            sentences.add(new TrainingSentence(starts, ends, tagging.vectors(s)));
        });
        return new TrainingDocument(doc.doc().id(), text.codePointCount(0, text.length()), sentences);
    }

    /** The rows with the speaker of the quotation each stands in; quotations are looked for only around hits. */
    private List<HitRow> withSpeakers(AnnotatedDocument doc, List<HitRow> rows) {
        if (attributions.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        int[] starts = rows.stream().mapToInt(HitRow::start).sorted().toArray();
        QuotedSpeakers speakers = new QuotedSpeakers(attributions.get().findDirect(doc, starts));
        return rows.stream().map(r -> r.withSpeaker(speakers.speakerOf(r.start(), r.end()))).toList();
    }

    /** One summary row per document. */
    public DocumentAnalyzer<SummaryRow> summaries() {
        return doc -> Stream.of(summarize(doc));
    }

    private SummaryRow summarize(AnnotatedDocument doc) {
        int[] words = {0};
        int[] hits = {0};
        int[] other = {0};
        double[] weights = {0};
        int[] perCategory = new int[Category.values().length];
        scan(doc, (sentence, tokens, found) -> {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.kind(i) == TokenKind.WORD) {
                    words[0]++;
                }
            }
            for (Hit h : found) {
                hits[0]++;
                weights[0] += h.entry().weight();
                Category.of(h.entry().category()).ifPresentOrElse(c -> perCategory[c.ordinal()]++, () -> other[0]++);
            }
        });
        int n = words[0];
        double per1000 = n == 0 ? 0 : 1000.0 * hits[0] / n;
        double loadedness = n == 0 ? 0 : 1000.0 * weights[0] / n;
        return new SummaryRow(doc.doc().id(), n, hits[0], per1000, loadedness, Arrays.stream(perCategory).boxed().toList(), other[0]);
    }

    /** What is done with each sentence's hits. */
    private interface SentenceSink {
        void accept(int sentence, SentenceWords words, List<Hit> hits);
    }

    /** Finds the hits of every sentence of {@code doc}, in order, and hands them to {@code sink}. */
    private void scan(AnnotatedDocument doc, SentenceSink sink) {
        SentenceWords words = buffers.get();
        char[][] text = {new char[0]};
        words.clear(text[0]);
        doc.visitTokensInText(new TokenVisitor() {
            private int sentence;

            @Override
            public void token(char[] chars, int start, int end, TokenKind kind) {
                if (chars != text[0]) {
                    text[0] = chars;
                    words.clear(chars);
                }
                words.add(start, end, kind);
            }

            @Override
            public void sentenceEnd() {
                sink.accept(sentence++, words, find(words));
                words.clear(text[0]);
            }
        });
    }

    /** The hits of one sentence in text order: lexicon entries, longest first, then scare quotes where no entry is. */
    List<Hit> find(SentenceWords words) {
        List<Hit> hits = new ArrayList<>(0);
        TermMatcher matcher = lexicon.matcher();
        int previousEnd = 0;
        int intensifier = -1;
        for (int i = 0; i < words.size(); ) {
            Optional<TermMatcher.Match> m = matcher.longestAt(words, i);
            if (m.isPresent()) {
                TermMatcher.Match match = m.get();
                if (intensifier < 0 && bounds.intensifiesNext(words, match)) {
                    intensifier = match.from();   // "incredibly offensive": one hit, the charged word's
                    i = match.to();
                    continue;
                }
                int to = bounds.end(words, match);
                if (match.entry().weight() >= minWeight) {
                    int from = intensifier >= 0 ? intensifier : bounds.start(words, match, previousEnd);
                    hits.add(new Hit(from, to, match.entry(), match.from(), match.to()));
                } else if (intensifier >= 0) {
                    matcher.longestAt(words, intensifier).filter(e -> e.entry().weight() >= minWeight)
                        .ifPresent(e -> hits.add(new Hit(e.from(), e.to(), e.entry())));
                }
                intensifier = -1;
                previousEnd = to;
                i = to;
            } else {
                i++;
            }
        }
        if (lexicon.scareQuotes() && ScareQuotes.WEIGHT >= minWeight) {
            addScareQuotes(words, hits);
        }
        return hits;
    }

    private static void addScareQuotes(SentenceWords words, List<Hit> hits) {
        List<ScareQuotes.Quote> quotes = ScareQuotes.find(words);
        if (quotes.isEmpty()) {
            return;
        }
        for (ScareQuotes.Quote q : quotes) {
            boolean covered = hits.stream().anyMatch(h -> h.from() <= q.close() && q.open() < h.to());
            if (!covered) {
                hits.add(new Hit(q.open(), q.close() + 1, ScareQuotes.ENTRY));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }
}
