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
    private static final java.util.Set<String> TENSES = java.util.Set.of("PAST", "PRESENT", "FUTURE");
    private static final java.util.Set<String> LOOKING_AHEAD = java.util.Set.of("INTENT", "FUTURE");
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "am", "was", "were");
    private static final java.util.Set<String> RAISING = java.util.Set.of("set", "expected", "scheduled", "slated", "poised", "likely");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any");
    private static final java.util.Set<String> POSTPONING = java.util.Set.of(
        "postponed", "postpones", "postpone", "delayed", "delays", "delay", "deferred", "defers", "defer", "extended", "extends",
        "extend", "adjourned", "adjourns", "adjourn", "off", "back");
    private static final java.util.Set<String> UNTIL = java.util.Set.of("until", "till", "through");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
        "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "gets");

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
    private final int weekdaySymbol;
    private final int deicticSymbol;
    private final Function<String[], String[]> tagger;

    /** {@code tagger} gives UD tags for the words of one sentence. */
    TenseFinder(TimeRules rules, Function<String[], String[]> tagger) {
        this.tenseSymbol = rules.tense;
        this.weekdaySymbol = rules.id("WEEKDAY");
        this.deicticSymbol = rules.id("DEICTIC");
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
            if (end < hi && word(end).equals("'s")) {
                return Tense.NONE;          // "Wednesday's ruling": a possessor is no argument of the clause's verb
            }
            Tense governing = governing(first, end, lo, hi);
            if (governing != null) {
                return governing;
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
                if (v != null && !TENSES.contains(v) || "FUTURE".equals(v) && isDatedWould(i, lo)) {
                    continue;                                   // a modal, a reporting verb, an intent word
                }
                if (v == null && distance < bestDistance && isInfinitiveMarker(i, lo, hi)) {
                    v = "FUTURE";                                   // "set to resume Monday"
                }
                if (v != null) {
                    if (distance < bestDistance) {
                        Tense t = Tense.valueOf(v);
                        t = t == Tense.PAST ? pastForm(i, lo, Tense.NONE) : t;      // "will be held" is not past
                        t = t == Tense.PRESENT && isPerfect(i, hi) ? Tense.PAST : t;
                        t = t == Tense.FUTURE && isPerfect(i, hi) ? Tense.PAST : t;      // "would have met Monday"
                        if (t == Tense.NONE) {
                            continue;
                        }
                        best = t;
                        bestDistance = distance;
                    }
                } else if (distance < edDistance && endsWithEd(i) && !isReducedPassive(i, lo, hi)) {
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

        /**
         * The tense set by the words the expression hangs on, before any nearest-verb search: a
         * reporting verb right beside it dates the report ("said Thursday", "announced on
         * Wednesday": past; "says Monday": present); "as soon as Tuesday", "extended until (through)
         * January" and "effective Feb. 1" (the day a change takes effect, announced ahead) look ahead.
         */
        private Tense governing(int first, int end, int lo, int hi) {
            int before = first - 1;
            if (before >= lo && word(before).equals("on")) {
                before--;
            }
            if (before >= lo) {
                Tense t = reportingTense(before);
                if (t != null) {
                    return t;
                }
                if (before - 2 >= lo && word(before).equals("as") && word(before - 1).equals("soon") && word(before - 2).equals("as")) {
                    return Tense.FUTURE;
                }
                if (UNTIL.contains(word(before)) && postponedBefore(before, lo)) {
                    return Tense.FUTURE;
                }
                if (word(before).equals("effective")) {
                    return Tense.FUTURE;                       // "a new office of the chairman, effective Feb. 1"
                }
            }
            return end < hi ? reportingTense(end) : null;
        }

        /**
         * "said on Sunday that talks would resume on Tuesday": 'would' looks ahead of a report
         * dated earlier in its sentence, not of the document date, so it says nothing here.
         */
        private boolean isDatedWould(int i, int lo) {
            if (!word(i).equals("would")) {
                return false;
            }
            for (int t = lo; t < i; t++) {
                if (tokens.has(t, weekdaySymbol) || tokens.has(t, deicticSymbol)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "postponed until Tuesday", "extended the deadline until Friday", "extended loans through
         * January": what is put off or prolonged moves to a later day than the act, so the day is the
         * coming one.
         */
        private boolean postponedBefore(int until, int lo) {
            for (int t = until - 1; t >= Math.max(lo, until - 6); t--) {
                if (POSTPONING.contains(word(t))) {
                    return true;
                }
            }
            return false;
        }

        /** The tense of a reporting verb: REPORTED (said) past, REPORTS (says) present. */
        private Tense reportingTense(int i) {
            WordEntry e = tokens.entry[i];
            String v = e == null ? null : e.value(tenseSymbol);
            return "REPORTED".equals(v) ? Tense.PAST : "REPORTS".equals(v) ? Tense.PRESENT : null;
        }

        /**
         * "to" before a verb after a word that looks ahead ("set to resume", "planned to leave",
         * "is to resume"): what follows is still to come.
         */
        private boolean isInfinitiveMarker(int i, int lo, int hi) {
            if (i + 1 >= hi || i == lo || !word(i).equals("to")) {
                return false;
            }
            WordEntry governor = tokens.entry[i - 1];
            String g = governor == null ? null : governor.value(tenseSymbol);
            if ((g == null || !LOOKING_AHEAD.contains(g)) && !BE.contains(word(i - 1))) {
                return false;
            }
            int s = tokens.start[i + 1];
            if (!Character.isLowerCase(text[s]) || tokens.entry[i + 1] != null) {
                return false;
            }
            // "set to resume": after these only a verb can follow "to", whatever the tagger makes of it
            return RAISING.contains(word(i - 1)) && !DETERMINERS.contains(word(i + 1)) || isVerb(i + 1, lo, hi);
        }

        private String word(int i) {
            return new String(text, tokens.start[i], tokens.end[i] - tokens.start[i]).toLowerCase(java.util.Locale.ROOT);
        }

        /** "was invited" and "has invited" are past, "be returned" takes its tense elsewhere. */
        private Tense pastForm(int token, int lo, Tense otherwise) {
            if (token == lo) {
                return Tense.PAST;
            }
            String before = new String(text, tokens.start[token - 1], tokens.end[token - 1] - tokens.start[token - 1]).toLowerCase(java.util.Locale.ROOT);
            return switch (before) {
                case "has", "have" -> Tense.PAST;
                case "be", "been", "being" -> otherwise;
                case "is", "are", "am" -> Tense.PRESENT;
                default -> Tense.PAST;
            };
        }

        /**
         * "has been", "have gathered", "would have met": a perfect tells of something already done, so a
         * date named with it is taken in the past.
         */
        private boolean isPerfect(int i, int hi) {
            if (i + 1 >= hi) {
                return false;
            }
            String w = word(i);
            if (w.equals("would") && i + 2 < hi && word(i + 1).equals("have")) {
                return true;
            }
            return (w.equals("has") || w.equals("have")) && (word(i + 1).equals("been") || endsWithEd(i + 1));
        }

        /**
         * "new markets untouched by the crisis", "a company hurt by losses": a participle with its
         * agent and no auxiliary before it qualifies a noun; it is not the verb of the clause and
         * says nothing of its tense.
         */
        private boolean isReducedPassive(int i, int lo, int hi) {
            if (i + 1 >= hi || !word(i + 1).equals("by")) {
                return false;
            }
            return i == lo || !AUXILIARIES.contains(word(i - 1));
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
