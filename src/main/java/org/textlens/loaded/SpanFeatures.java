package org.textlens.loaded;

import java.util.List;
import java.util.Map;
import org.textlens.lexicon.StopWords;
import org.textlens.lexicon.Valences;

/**
 * The features the span tagger sees at each token, in two groups: those of the word form alone
 * ({@link #form}: the word, its lemma, its ending, a word-class cue from its spelling, its valence),
 * which a scorer can cache per form, and those of the token in its sentence ({@link #context}: the
 * lexicon's hit over it, its category, entry and weight, whether the token is the matched entry or
 * the phrase the hit takes in, how many loaded-language hits its sentence holds and how near the
 * nearest is, whether it stands in a quotation, and its case). The tagger adds the
 * features of the {@link #WINDOW} tokens either side. Names follow the learned layer's convention
 * ({@code kind=what} indicators, bare measures). No part-of-speech tagger: spelling cues stand in
 * for it, as in the lexicon's own rules, so tagging costs little more than matching.
 */
final class SpanFeatures {
    /** Neighbouring tokens on each side whose features a token sees. */
    static final int WINDOW = 2;
    /** A quotation of at most this many words is a scare quote or a term, not speech. */
    static final int SHORT_QUOTE = 3;
    /** The version of this feature set, recorded in model files: a model is read only by the features it was trained on. */
    static final String VERSION = "2";
    /** How far (in tokens, beyond the window) a token sees the nearest hit of a loaded-language category. */
    static final int NEAR = 5;

    /** Receives one feature. */
    interface Sink {
        void add(String name, double value);
    }

    private final StopWords stopWords = StopWords.english();
    private final Map<String, Double> valences = Valences.builtin();

    /** The features of a word form: {@code lower} as the tokenizer normalised it, {@code lemma} as the lexicon reads it. */
    void form(String lower, String lemma, boolean word, Sink out) {
        out.add("w=" + lower, 1);
        if (!word) {
            out.add("cls=punct", 1);
            return;
        }
        if (!lemma.equals(lower)) {
            out.add("lemma=" + lemma, 1);
        }
        if (lower.length() > 4) {
            out.add("suf=" + lower.substring(lower.length() - 3), 1);
        }
        out.add("cls=" + wordClass(lower), 1);
        Double v = valences.get(lower);
        if (v == null && !lemma.equals(lower)) {
            v = valences.get(lemma);
        }
        if (v != null && v != 0) {
            out.add("valence", v);
            out.add(Math.abs(v) >= 2 ? (v < 0 ? "val=strong-neg" : "val=strong-pos") : (v < 0 ? "val=neg" : "val=pos"), 1);
        }
    }

    private String wordClass(String lower) {
        if (stopWords.contains(lower)) {
            return "function";
        }
        if (lower.chars().anyMatch(Character::isDigit)) {
            return "number";
        }
        if (lower.indexOf('-') > 0) {
            return "compound";
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            return "adverb";
        }
        if (Adjectives.isCommonVerb(lower) || Adjectives.looksLikeVerbOrAdverb(lower)) {
            return "verb-like";
        }
        return Adjectives.looksAdjectival(lower) ? "adjective-like" : "content";
    }

    /**
     * The features of token {@code i} in its sentence.
     *
     * @param hits the lexicon's hits of the sentence (every category)
     * @param quoteWords for each token, the words of the quotation it stands in (0 outside quotations)
     */
    void context(SentenceWords words, int i, List<Hit> hits, int[] quoteWords, Sink out) {
        if (i == 0) {
            out.add("first", 1);
        } else if (words.isWord(i) && words.startsUpperCase(i)) {
            out.add("shape=capitalised", 1);
        }
        for (Hit h : hits) {
            if (i < h.from() || i >= h.to()) {
                continue;
            }
            LexiconEntry e = h.entry();
            boolean core = i >= h.coreFrom() && i < h.coreTo();
            out.add(core ? (i == h.coreFrom() ? "hit=entry-begin" : "hit=entry-inside") : "hit=phrase", 1);
            out.add("cat=" + e.category(), 1);
            out.add("hit-weight", e.weight());
            if (core) {
                out.add("entry=" + e.key(), 1);
            }
        }
        // the sentence around the token: how many loaded-language hits it holds (annotators mark loaded
        // wording where a passage persuades, and such passages gather charged words), and whether one
        // stands a few tokens away, beyond the window
        int charged = 0;
        int nearest = Integer.MAX_VALUE;
        for (Hit h : hits) {
            if (Category.isPhrasal(h.entry().category())) {
                charged++;
                int d = i < h.from() ? h.from() - i : i >= h.to() ? i - h.to() + 1 : 0;
                nearest = Math.min(nearest, d);
            }
        }
        out.add("sent-charged=" + Math.min(charged, 3), 1);
        if (nearest > 0 && nearest <= NEAR) {
            out.add(nearest <= WINDOW ? "near-charged=window" : "near-charged=beyond", 1);
        }
        int q = quoteWords[i];
        if (q > 0) {
            out.add(q <= SHORT_QUOTE ? "quote=short" : "quote=long", 1);
        }
    }
}
