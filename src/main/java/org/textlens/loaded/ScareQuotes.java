package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textlens.nlp.TokenKind;

/**
 * Scare quotes: one to three words in quotation marks that are not reported speech, as in
 * the 'peace plan' or a “progressive” — the writer holds the words at a distance without saying
 * who used them. Quotations next to a speech verb ("he said", "told reporters", a colon), whole
 * utterances ("Enough!"), titles in title case and words mentioned as words ("the word 'crisis'")
 * are not scare quotes.
 */
final class ScareQuotes {
    /** A scare quote over tokens {@code [open, close]}, quotation marks included. */
    record Quote(int open, int close) {
    }

    static final int MAX_WORDS = 3;
    static final double WEIGHT = 0.4;
    /** What every scare-quote hit reports. */
    static final LexiconEntry ENTRY = new LexiconEntry("\"...\"", List.of("\""), List.of("\""), Category.DOUBT.id(), WEIGHT,
        List.of("the words without quotation marks", "say who uses the words"),
        "scare quotes: the writer distances themselves from the words without saying whose they are", MatchRules.NONE,
        "scare-quote rule");
    private static final Map<String, Set<String>> CLOSERS = Map.of(
        "\u201C", Set.of("\u201D", "\""), "\u201E", Set.of("\u201C", "\u201D"), "\u00AB", Set.of("\u00BB"),
        "\u2018", Set.of("\u2019", "'"), "\"", Set.of("\"", "\u201D"), "'", Set.of("'", "\u2019"));
    private static final Set<String> QUOTES = Set.of("\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018", "\u2019", "\"", "'");
    private static final Set<String> SPEECH = Set.of("say", "tell", "ask", "add", "write", "reply", "respond", "answer",
        "shout", "yell", "scream", "cry", "tweet", "post", "declare", "announce", "state", "exclaim", "chant", "note",
        "explain", "warn", "recall", "quip", "joke", "conclude", "continue", "according", "insist", "claim", "argue");
    /** Verbs that attribute a name or description to someone: "described the talks as an 'outgrowth'". */
    private static final Set<String> NAMING = Set.of("describe", "call", "dub", "term", "brand", "label", "characterise",
        "characterize", "refer", "nickname", "christen", "hail", "denounce", "deride", "dismiss");
    private static final Set<String> MENTION = Set.of("word", "words", "term", "terms", "phrase", "phrases", "slogan",
        "headline", "title", "titled", "entitled", "hashtag", "label", "name", "named", "letters", "spelled", "spelt");
    private static final Set<String> PARTICLES = Set.of("for", "on", "off", "in", "up", "out", "upon", "back", "to");
    /** Words that open fragments of quoted sentences rather than names held at a distance. */
    private static final Set<String> FRAGMENT_OPENERS = Set.of("for", "at", "to", "of", "in", "on", "by", "with", "from",
        "and", "or", "but", "that", "which", "who", "as", "if", "when", "is", "are", "was", "were", "be", "has", "have",
        "had", "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "i", "we", "you", "he",
        "she", "it", "they", "my", "our", "your", "very", "so", "too", "more", "most");
    private static final Set<String> INSIDE = Set.of(",", ".", "-", "\u2013", "/", "&");

    private ScareQuotes() {
    }

    static List<Quote> find(SentenceWords w) {
        List<Quote> out = new ArrayList<>(0);
        for (int i = 0; i < w.size(); i++) {
            if (w.kind(i) != TokenKind.PUNCT || w.end(i) - w.start(i) != 1) {
                continue;
            }
            Set<String> closers = CLOSERS.get(w.surface(i));
            if (closers == null || !opens(w, i)) {
                continue;
            }
            int close = closing(w, i, closers);
            if (close > 0 && isScare(w, i, close)) {
                out.add(new Quote(i, close));
                i = close;
            }
        }
        return out;
    }

    /** An opening mark touches the word after it and not the one before it. */
    private static boolean opens(SentenceWords w, int i) {
        boolean attachedAfter = i + 1 < w.size() && w.start(i + 1) == w.end(i);
        boolean freeBefore = i == 0 || w.end(i - 1) < w.start(i) || w.kind(i - 1) == TokenKind.PUNCT;
        return attachedAfter && freeBefore;
    }

    /** The index of the closing mark within reach, or -1. */
    private static int closing(SentenceWords w, int open, Set<String> closers) {
        int words = 0;
        for (int j = open + 1; j < w.size() && words <= MAX_WORDS; j++) {
            String s = w.surface(j);
            TokenKind kind = w.kind(j);
            if (kind == TokenKind.PUNCT && closers.contains(s)) {
                boolean attachedBefore = w.end(j - 1) == w.start(j);
                return attachedBefore && words > 0 ? j : -1;
            }
            if (kind == TokenKind.PUNCT && (QUOTES.contains(s) || !INSIDE.contains(s))) {
                return -1; // another quotation mark, or ! ? : ; ( inside: an utterance, not a word held at a distance
            }
            if (kind != TokenKind.PUNCT) {
                words++;
            }
        }
        return -1;
    }

    private static boolean isScare(SentenceWords w, int open, int close) {
        boolean anyWord = false;
        boolean allCapitalised = true;
        int words = 0;
        for (int k = open + 1; k < close; k++) {
            if (w.isWord(k)) {
                anyWord = true;
                words++;
                allCapitalised &= w.startsUpperCase(k);
            }
        }
        if (!anyWord || (words >= 2 && allCapitalised)) {
            return false; // a number, or a title such as 'The Art of the Deal'
        }
        if (FRAGMENT_OPENERS.contains(w.lower[open + 1]) || w.is(close - 1, '.')) {
            return false; // "for her actions." is a fragment of a quoted sentence, not a word held at a distance
        }
        return !reported(w, open, close) && !mentioned(w, open);
    }

    /**
     * Attributed words: a colon just before the quotation, or a speech or naming verb anywhere in
     * the sentence outside the quotation ("said", "according to", "described the talks as an
     * 'outgrowth'"). News quotes fragments of what people said; a fragment with its speaker in the
     * sentence is reported speech, not the writer's distance.
     */
    private static boolean reported(SentenceWords w, int open, int close) {
        if (open > 0 && w.is(open - 1, ':')) {
            return true;
        }
        for (int k = 0; k < w.size(); k++) {
            if (k == open) {
                k = close;
                continue;
            }
            if (w.isWord(k) && (isSpeech(w, k) || isNaming(w, k))) {
                return true;
            }
        }
        return false;
    }

    /** A naming verb, but not a phrasal verb of the same stem ("called for an inquiry", "called off"). */
    private static boolean isNaming(SentenceWords w, int k) {
        return NAMING.contains(w.lemma[k]) && !(k + 1 < w.size() && PARTICLES.contains(w.lower[k + 1]));
    }

    private static boolean isSpeech(SentenceWords w, int k) {
        return SPEECH.contains(w.lemma[k]) || SPEECH.contains(w.lower[k]);
    }

    private static boolean mentioned(SentenceWords w, int open) {
        for (int k = open - 1; k >= 0 && k >= open - 2; k--) {
            if (MENTION.contains(w.lower[k])) {
                return true;
            }
        }
        return false;
    }
}
