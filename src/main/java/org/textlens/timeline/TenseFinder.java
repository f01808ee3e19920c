package org.textlens.timeline;

import java.util.function.Function;

/**
 * Finds the tense that governs an expression: the verb signal nearest to it in its sentence
 * (ties go to the left). Auxiliaries and irregular past forms come from tense.tsv; a regular
 * past form ({@code -ed}) counts only when the part-of-speech tagger calls it a verb, and the
 * tagger runs only where such a word is nearer than any listed signal, on a few words around it.
 */
final class TenseFinder {
    private static final int WINDOW = 4;

    /** Builds finders around a thread's part-of-speech tagger. */
    static final class Factory {
        private final TimeRules rules;

        Factory(TimeRules rules) {
            this.rules = rules;
        }

        TenseFinder finder(Function<String[], String[]> tagger) {
            return new TenseFinder(rules, tagger);
        }
    }

    private final int tenseSymbol;
    private final Function<String[], String[]> tagger;

    /** {@code tagger} gives UD tags for the words of one sentence. */
    TenseFinder(TimeRules rules, Function<String[], String[]> tagger) {
        this.tenseSymbol = rules.tense;
        this.tagger = tagger;
    }

    Session session(Tokens tokens, char[] text) {
        return new Session(tokens, text);
    }

    /** Per-document state: the tags of sentences already tagged. */
    final class Session {
        private final Tokens tokens;
        private final char[] text;

        private Session(Tokens tokens, char[] text) {
            this.tokens = tokens;
            this.text = text;
        }

        Tense at(int first, int end, boolean pastSameAsNone) {
            int sentence = tokens.segment[first];
            int lo = first;
            while (lo > 0 && tokens.segment[lo - 1] == sentence) {
                lo--;
            }
            int hi = end;
            while (hi < tokens.size && tokens.segment[hi] == sentence) {
                hi++;
            }
            Tense best = Tense.NONE;
            int bestDistance = Integer.MAX_VALUE;
            int edCandidate = -1;
            int edDistance = Integer.MAX_VALUE;
            for (int i = lo; i < hi; i++) {
                if (i >= first && i < end) {
                    continue;
                }
                int distance = i < first ? first - i : i - end + 1;
                WordEntry e = tokens.entry[i];
                String v = e == null ? null : e.value(tenseSymbol);
                if ("NONE".equals(v)) {
                    continue;                                   // a reporting verb
                }
                if (v != null) {
                    if (distance < bestDistance) {
                        Tense t = Tense.valueOf(v);
                        t = t == Tense.PAST ? pastForm(i, lo, Tense.NONE) : t;      // "will be held" is not past
                        if (t == Tense.NONE) {
                            continue;
                        }
                        best = t;
                        bestDistance = distance;
                    }
                } else if (distance < edDistance && endsWithEd(i)) {
                    edCandidate = i;
                    edDistance = distance;
                }
            }
            if (edCandidate >= 0 && edDistance < bestDistance) {
                Tense ifVerb = pastForm(edCandidate, lo, best);
                boolean same = ifVerb == best || pastSameAsNone && (ifVerb == Tense.PAST || ifVerb == Tense.NONE)
                    && (best == Tense.PAST || best == Tense.NONE);
                if (!same && isVerb(edCandidate, lo, hi)) {            // tag only when the answer depends on it
                    return ifVerb;
                }
            }
            return best;
        }

        /** "was invited" is past, "has invited" present perfect, "be returned" takes its tense elsewhere. */
        private Tense pastForm(int token, int lo, Tense otherwise) {
            if (token == lo) {
                return Tense.PAST;
            }
            String before = new String(text, tokens.start[token - 1], tokens.end[token - 1] - tokens.start[token - 1]).toLowerCase(java.util.Locale.ROOT);
            return switch (before) {
                case "has", "have" -> Tense.PRESENT;
                case "be", "been", "being" -> otherwise;
                case "is", "are", "am" -> Tense.PRESENT;
                default -> Tense.PAST;
            };
        }

        private boolean endsWithEd(int i) {
            int s = tokens.start[i];
            int e = tokens.end[i];
            return e - s > 4 && text[e - 1] == 'd' && text[e - 2] == 'e' && Character.isLowerCase(text[s]);
        }

        /**
         * Whether the tagger calls {@code token} a verb, judged on a window of a few words around
         * it: enough context for the tag, and much cheaper than tagging a long sentence.
         */
        private boolean isVerb(int token, int lo, int hi) {
            int from = Math.max(lo, token - WINDOW);
            int to = Math.min(hi, token + WINDOW);
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) {
                words[i - from] = new String(text, tokens.start[i], tokens.end[i] - tokens.start[i]);
            }
            String tag = tagger.apply(words)[token - from];
            return tag.equals("VERB") || tag.equals("AUX");
        }
    }
}
