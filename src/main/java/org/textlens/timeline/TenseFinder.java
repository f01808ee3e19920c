package org.textlens.timeline;

import java.util.function.Function;

/**
 * Finds the tense that governs an expression: the verb signal nearest to it in its sentence
 * (ties go to the left). Auxiliaries and irregular past forms come from tense.tsv; a regular
 * past form ({@code -ed}) counts only when the part-of-speech tagger calls it a verb, and the
 * tagger runs only for sentences where such a word is nearer than any listed signal.
 */
final class TenseFinder {
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
        private int taggedSentence = -1;
        private int taggedFrom;
        private String[] tags;

        private Session(Tokens tokens, char[] text) {
            this.tokens = tokens;
            this.text = text;
        }

        Tense at(int first, int end) {
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
                        best = Tense.valueOf(v);
                        bestDistance = distance;
                    }
                } else if (distance < edDistance && endsWithEd(i)) {
                    edCandidate = i;
                    edDistance = distance;
                }
            }
            if (edCandidate >= 0 && edDistance < bestDistance && isVerb(edCandidate, lo, hi)) {
                return pastForm(edCandidate, lo, best);
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

        private boolean isVerb(int token, int lo, int hi) {
            if (taggedSentence != tokens.segment[token]) {
                String[] words = new String[hi - lo];
                for (int i = lo; i < hi; i++) {
                    words[i - lo] = new String(text, tokens.start[i], tokens.end[i] - tokens.start[i]);
                }
                tags = tagger.apply(words);
                taggedSentence = tokens.segment[token];
                taggedFrom = lo;
            }
            String tag = tags[token - taggedFrom];
            return tag.equals("VERB") || tag.equals("AUX");
        }
    }
}
