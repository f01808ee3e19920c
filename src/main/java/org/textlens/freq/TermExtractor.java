package org.textlens.freq;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Normalization;
import org.textlens.nlp.TokenVisitor;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * Finds the terms of a document: words (and numbers with {@code --numbers}) normalised, and
 * n-grams over runs of them. A run ends at punctuation, at a skipped number, at a word outside the
 * POS filter and at the end of the sentence, so n-grams never cross any of these. Stop words and
 * too-short words are not counted alone and cannot begin or end an n-gram, though they may sit
 * inside one ("secretary of state"). One instance per worker thread.
 */
final class TermExtractor {
    /** Receives every occurrence of a term, in text order. */
    interface Sink {
        void term(Term term);
    }

    /**
     * A term of the vocabulary with its corpus counters. Every occurrence of a word reaches the
     * counter through the word table without a second lookup; the counters are only written by the
     * thread that owns this extractor.
     */
    static final class Term {
        final String text;
        long count;
        long docs;
        long lastDocument; // the document that last counted towards docs, numbered from 1; minus a piece's document number
        long settled;      // the piece document whose docs this term last received (when pieces are merged)

        Term(String text) {
            this.text = text;
        }
    }

    private record WordInfo(Term term, boolean blocked) {
    }

    private final FreqSettings settings;
    private final TermNormalizer normalizer;
    private final WordTable<WordInfo> words = new WordTable<>();
    private final Map<String, Term> terms = new HashMap<>();
    private Term[] run = new Term[64];
    private boolean[] runBlocked = new boolean[64];
    private int runLength;
    private long running;
    private Sink sink;

    private final boolean keepVocabulary;
    private final FormCacheBudget cacheBudget;

    /**
     * @param keepVocabulary keep every term, n-grams included, in {@link #vocabulary()} (corpus
     *     counting); otherwise terms live only as long as the word-form cache holds them (one
     *     document's counts need only their text), so memory does not grow with the vocabulary
     * @param cacheBudget the memory the word-form caches of all workers share
     */
    TermExtractor(FreqSettings settings, boolean keepVocabulary, FormCacheBudget cacheBudget) {
        this.settings = settings;
        this.keepVocabulary = keepVocabulary;
        this.cacheBudget = cacheBudget;
        this.normalizer = new TermNormalizer(settings);
        cacheBudget.join();
    }

    /** Counts of the terms of one document; {@code words[0]} receives its number of running words. */
    Map<String, int[]> counts(AnnotatedDocument doc, long[] words) {
        Map<String, int[]> counts = new HashMap<>();
        words[0] = extract(doc, term -> counts.computeIfAbsent(term.text, k -> new int[1])[0]++);
        return counts;
    }

    /** Passes every term of {@code doc} to {@code sink}; returns the number of running words. */
    long extract(AnnotatedDocument doc, Sink sink) {
        running = 0;
        runLength = 0;
        this.sink = sink;
        if (settings.posTags().isPresent()) {
            extractTagged(doc, settings.posTags().get());
        } else {
            doc.visitTokens(visitor);
        }
        this.sink = null;
        return running;
    }

    /** With a POS filter the tokens carry tags, so they are walked as objects. */
    private void extractTagged(AnnotatedDocument doc, Set<String> posTags) {
        for (Sentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                if (!counts(token.kind())) {
                    flush();
                } else if (!posTags.contains(token.pos().orElse(""))) {
                    running++;
                    flush();
                } else {
                    running++;
                    append(info(token.text().toCharArray(), 0, token.text().length()));
                }
            }
            flush();
        }
    }

    private final TokenVisitor visitor = new TokenVisitor() {
        @Override
        public void token(char[] source, int start, int end, TokenKind kind) {
            if (counts(kind)) {
                running++;
                append(info(source, start, end));
            } else {
                flush();
            }
        }

        @Override
        public void sentenceEnd() {
            flush();
        }
    };

    private boolean counts(TokenKind kind) {
        return kind == TokenKind.WORD || kind == TokenKind.NUMBER && settings.numbers();
    }

    private WordInfo info(char[] source, int start, int end) {
        int hash = WordTable.hash(source, start, end);
        WordInfo info = words.get(source, start, end, hash);
        if (info == null) {
            String word = Normalization.normalize(new String(source, start, end - start));
            String lower = TermNormalizer.lowerCase(word);
            boolean blocked = settings.stopWords().contains(lower)
                || lower.codePointCount(0, lower.length()) < settings.minLength();
            if (words.size() >= cacheBudget.entries()) {
                words.clear(); // a cache of word forms; a kept vocabulary stays
            }
            // Several word forms can share a term (Talks, talks; talked, talks with --lemma),
            // which matters only where the term carries corpus counters.
            String text = normalizer.term(word);
            Term term = keepVocabulary ? terms.computeIfAbsent(text, Term::new) : new Term(text);
            info = new WordInfo(term, blocked);
            words.put(word, hash, info);
        }
        return info;
    }

    private void append(WordInfo info) {
        if (runLength == run.length) {
            run = Arrays.copyOf(run, runLength * 2);
            runBlocked = Arrays.copyOf(runBlocked, runLength * 2);
        }
        run[runLength] = info.term();
        runBlocked[runLength] = info.blocked();
        runLength++;
    }

    private void flush() {
        for (int n = settings.minN(); n <= settings.maxN(); n++) {
            for (int i = 0; i + n <= runLength; i++) {
                if (runBlocked[i] || runBlocked[i + n - 1]) {
                    continue;
                }
                sink.term(n == 1 ? run[i] : ngram(join(i, n)));
            }
        }
        runLength = 0;
    }

    private Term ngram(String text) {
        return keepVocabulary ? terms.computeIfAbsent(text, Term::new) : new Term(text);
    }

    /** Every term seen, with its counters. */
    Map<String, Term> vocabulary() {
        return terms;
    }

    private String join(int from, int n) {
        StringBuilder sb = new StringBuilder(n * 8);
        for (int k = from; k < from + n; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(run[k].text);
        }
        return sb.toString();
    }
}
