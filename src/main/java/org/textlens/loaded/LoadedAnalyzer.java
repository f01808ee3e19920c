package org.textlens.loaded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Span;
import org.textlens.nlp.TokenKind;

/**
 * Loaded terms in each document, or a summary per document. Thread-safe: each thread keeps its
 * own memo of word forms.
 */
public final class LoadedAnalyzer {
    private final LoadedLexicon lexicon;
    private final double minWeight;
    private final ThreadLocal<SentenceWords.Forms> forms = ThreadLocal.withInitial(SentenceWords.Forms::new);

    public LoadedAnalyzer(LoadedLexicon lexicon, double minWeight) {
        this.lexicon = lexicon;
        this.minWeight = minWeight;
    }

    /** One row per hit; with {@code context}, the sentence's text too. */
    public DocumentAnalyzer<HitRow> hits(boolean context) {
        return doc -> {
            List<HitRow> rows = new ArrayList<>();
            String id = doc.doc().id();
            for (Sentence s : doc.sentences()) {
                List<Hit> hits = find(s);
                if (hits.isEmpty()) {
                    continue;
                }
                Optional<String> text = context ? Optional.of(doc.text(s)) : Optional.empty();
                for (Hit h : hits) {
                    LexiconEntry e = h.entry();
                    rows.add(new HitRow(id, h.sentence(), h.start(), h.end(), doc.text(new Span(h.start(), h.end())), e.category(),
                        e.weight(), e.alternative(), e.reason(), text));
                }
            }
            return rows.stream();
        };
    }

    /** One summary row per document. */
    public DocumentAnalyzer<SummaryRow> summaries() {
        return doc -> Stream.of(summarize(doc));
    }

    private SummaryRow summarize(AnnotatedDocument doc) {
        int words = 0;
        int hits = 0;
        int other = 0;
        double weights = 0;
        int[] perCategory = new int[Category.values().length];
        for (Sentence s : doc.sentences()) {
            for (var t : s.tokens()) {
                if (t.kind() == TokenKind.WORD) {
                    words++;
                }
            }
            for (Hit h : find(s)) {
                hits++;
                weights += h.entry().weight();
                Optional<Category> c = Category.of(h.entry().category());
                if (c.isPresent()) {
                    perCategory[c.get().ordinal()]++;
                } else {
                    other++;
                }
            }
        }
        double per1000 = words == 0 ? 0 : 1000.0 * hits / words;
        double loadedness = words == 0 ? 0 : 1000.0 * weights / words;
        return new SummaryRow(doc.doc().id(), words, hits, per1000, loadedness, Arrays.stream(perCategory).boxed().toList(), other);
    }

    /** The hits of one sentence in text order: lexicon entries, longest first, then scare quotes where no entry is. */
    List<Hit> find(Sentence sentence) {
        SentenceWords words = forms.get().of(sentence.tokens());
        List<Hit> hits = new ArrayList<>(0);
        TermMatcher matcher = lexicon.matcher();
        for (int i = 0; i < words.size(); ) {
            Optional<TermMatcher.Match> m = matcher.longestAt(words, i);
            if (m.isPresent()) {
                TermMatcher.Match match = m.get();
                if (match.entry().weight() >= minWeight) {
                    hits.add(hit(sentence, words, match.from(), match.to(), match.entry()));
                }
                i = match.to();
            } else {
                i++;
            }
        }
        if (lexicon.scareQuotes() && ScareQuotes.WEIGHT >= minWeight) {
            addScareQuotes(sentence, words, hits);
        }
        return hits;
    }

    private static void addScareQuotes(Sentence sentence, SentenceWords words, List<Hit> hits) {
        List<ScareQuotes.Quote> quotes = ScareQuotes.find(words);
        if (quotes.isEmpty()) {
            return;
        }
        for (ScareQuotes.Quote q : quotes) {
            boolean covered = hits.stream().anyMatch(h -> h.from() <= q.close() && q.open() < h.to());
            if (!covered) {
                hits.add(hit(sentence, words, q.open(), q.close() + 1, ScareQuotes.ENTRY));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    private static Hit hit(Sentence sentence, SentenceWords words, int from, int to, LexiconEntry entry) {
        return new Hit(sentence.index(), from, to, words.tokens[from].start(), words.tokens[to - 1].end(), entry);
    }
}
