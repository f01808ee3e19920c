package org.textlens.freq;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.textlens.nlp.AnnotatedDocument;
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
    /** Per-document counts, plus the number of running words (the per-10k denominator). */
    record DocTerms(Map<String, int[]> counts, long words) {
    }

    private record WordInfo(String term, boolean blocked) {
    }

    private final FreqSettings settings;
    private final TermNormalizer normalizer;
    private final Map<String, WordInfo> infoCache = new HashMap<>();
    private String[] runTerms = new String[64];
    private boolean[] runBlocked = new boolean[64];
    private int runLength;

    TermExtractor(FreqSettings settings) {
        this.settings = settings;
        this.normalizer = new TermNormalizer(settings);
    }

    DocTerms extract(AnnotatedDocument doc) {
        Map<String, int[]> counts = new HashMap<>();
        long words = 0;
        Set<String> posTags = settings.posTags().orElse(null);
        for (Sentence sentence : doc.sentences()) {
            runLength = 0;
            for (Token token : sentence.tokens()) {
                boolean counted = token.kind() == TokenKind.WORD || token.kind() == TokenKind.NUMBER && settings.numbers();
                if (!counted) {
                    flush(counts);
                    continue;
                }
                words++;
                if (posTags != null && !posTags.contains(token.pos().orElse(""))) {
                    flush(counts);
                    continue;
                }
                WordInfo info = info(token.norm());
                append(info);
            }
            flush(counts);
        }
        return new DocTerms(counts, words);
    }

    private WordInfo info(String word) {
        WordInfo info = infoCache.get(word);
        if (info == null) {
            String lower = TermNormalizer.lowerCase(word);
            boolean blocked = settings.stopWords().contains(lower)
                || lower.codePointCount(0, lower.length()) < settings.minLength();
            info = new WordInfo(normalizer.term(word), blocked);
            if (infoCache.size() > (1 << 21)) {
                infoCache.clear();
            }
            infoCache.put(word, info);
        }
        return info;
    }

    private void append(WordInfo info) {
        if (runLength == runTerms.length) {
            runTerms = java.util.Arrays.copyOf(runTerms, runLength * 2);
            runBlocked = java.util.Arrays.copyOf(runBlocked, runLength * 2);
        }
        runTerms[runLength] = info.term();
        runBlocked[runLength] = info.blocked();
        runLength++;
    }

    private void flush(Map<String, int[]> counts) {
        for (int n = settings.minN(); n <= settings.maxN(); n++) {
            for (int i = 0; i + n <= runLength; i++) {
                if (runBlocked[i] || runBlocked[i + n - 1]) {
                    continue;
                }
                String term = n == 1 ? runTerms[i] : join(i, n);
                counts.computeIfAbsent(term, k -> new int[1])[0]++;
            }
        }
        runLength = 0;
    }

    private String join(int from, int n) {
        StringBuilder sb = new StringBuilder(n * 8);
        for (int k = from; k < from + n; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(runTerms[k]);
        }
        return sb.toString();
    }
}
