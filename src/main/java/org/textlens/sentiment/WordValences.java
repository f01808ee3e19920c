package org.textlens.sentiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.textlens.lexicon.Modifiers;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.PosTagger;

/**
 * The first pass of scoring: what each word of a sentence is before any rule applies. Finds
 * lexicon entries (longest first), modifiers, informal spellings, part-of-speech senses and
 * name words. Not thread-safe (the POS tagger is not): one instance per scorer.
 */
final class WordValences {
    static final double SENSE_CONFIDENCE = SentenceScorer.SENSE_CONFIDENCE;
    static final int WINDOW = 4;
    private static final java.util.regex.Pattern RUN_OF_THREE = java.util.regex.Pattern.compile("(\\p{L})\\1{2,}");
    private static final java.util.regex.Pattern REPEATS = java.util.regex.Pattern.compile("(\\p{L})\\1+");

    private final SentimentLexicon lexicon;
    private final Modifiers modifiers = Modifiers.builtin();
    private PosTagger tagger; // made on first need: most sentences never need it

    WordValences(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param informal a social-media post: read the way VADER reads posts, without the refinements
     *     for edited prose (POS senses, counterfactuals, names, discourse "Well,")
     */
    Slot[] of(List<Word> words, List<String> lower, boolean informal) {
        Slot[] slots = new Slot[words.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
        }
        findEntries(words, lower, slots, informal);
        if (!informal) {
            dropDiscourseWell(words, lower, slots);
            applySenses(words, lower, slots);
            dropNames(words, slots);
        }
        return slots;
    }

    /** Lexicon entries (longest first) and modifiers, left to right. */
    private void findEntries(List<Word> words, List<String> lower, Slot[] slots, boolean informal) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            Optional<PhraseMatcher.Match<Modifiers.Kind>> mod = modifiers.at(lower, i);
            Optional<PhraseMatcher.Match<Double>> entry = lexicon.longestAt(lower, i);
            int entryLength = entry.map(PhraseMatcher.Match::length).orElse(0);
            int modLength = mod.map(PhraseMatcher.Match::length).orElse(0);
            if (informal && modLength > 1 && mod.get().value() == Modifiers.Kind.NEGATION) {
                modLength = 0; // counterfactuals ("should have") are a refinement for edited prose
            }
            if (modLength > 0 && modLength >= entryLength) {
                slots[i].modifier = mod.get().value();
                slots[i].label = SentenceWords.join(words, i, modLength);
                if (entryLength == modLength) {
                    slots[i].ownValence = entry.get().value();
                }
                if (slots[i].modifier == Modifiers.Kind.NEGATION) {
                    slots[i].valence = slots[i].ownValence; // "no" alone is negative; it loses this when it negates
                }
                for (int k = 1; k < modLength; k++) {
                    slots[i + k].covered = true;
                }
                i += modLength;
                continue;
            }
            if (words.get(i).isNegatedForm()) {
                slots[i].modifier = Modifiers.Kind.NEGATION;
                slots[i].label = words.get(i).text();
            }
            Optional<Double> upper = entryLength <= 1 ? lexicon.upperCase(words.get(i).text()) : Optional.empty();
            if (upper.isPresent()) {
                slots[i].valence = upper.get();
                slots[i].label = words.get(i).text();
                i++;
            } else if (entryLength > 0) {
                slots[i].valence = entry.get().value();
                slots[i].span = entryLength;
                slots[i].label = SentenceWords.join(words, i, entryLength);
                for (int k = 1; k < entryLength; k++) {
                    slots[i + k].covered = true;
                }
                i += entryLength;
            } else {
                double elongated = variantValence(lower.get(i));
                if (elongated != 0) {
                    slots[i].valence = elongated;
                    slots[i].label = words.get(i).text();
                }
                i++;
            }
        }
        // "no" negates a following sentiment word in its clause and then has no valence of its own
        for (int k = 0; k < n; k++) {
            if (slots[k].modifier == Modifiers.Kind.NEGATION && !slots[k].covered && hasSentimentAhead(k, words, slots)) {
                slots[k].valence = 0;
            }
        }
    }

    /**
     * Informal spellings of lexicon words, tried only for words not in the lexicon: elongations
     * ("goooood" squeezed to "good") and dropped g's ("lovin", "chillin"). Comparatives are not
     * guessed: too many nouns end in -er ("number" is not more numb).
     */
    private double variantValence(String word) {
        if (hasRunOfThree(word)) {
            double v = lexicon.valence(RUN_OF_THREE.matcher(word).replaceAll("$1$1"));
            if (v == 0) {
                v = lexicon.valence(REPEATS.matcher(word).replaceAll("$1"));
            }
            if (v != 0) {
                return v;
            }
        }
        if (word.length() > 4 && word.endsWith("in")) {
            double v = lexicon.valence(word + "g");
            if (v != 0) {
                return v;
            }
        }
        return 0;
    }

    private static boolean hasRunOfThree(String w) {
        for (int k = 2; k < w.length(); k++) {
            if (w.charAt(k) == w.charAt(k - 1) && w.charAt(k) == w.charAt(k - 2) && Character.isLetter(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentiment word follows within a negation's reach (bounded: a huge unpunctuated line must stay linear). */
    private boolean hasSentimentAhead(int from, List<Word> words, Slot[] slots) {
        int limit = Math.min(words.size(), from + 1 + SentenceScorer.NEGATION_REACH);
        for (int j = from + 1; j < limit; j++) {
            if (words.get(j - 1).clauseEndsAfter() || slots[j].modifier == Modifiers.Kind.CLAUSE) {
                return false;
            }
            if (slots[j].valence != 0 && slots[j].modifier == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Part-of-speech senses. Only a word whose sense would change its score triggers tagging, and
     * only a window of {@value #WINDOW} words either side of such words is tagged (the tagger's
     * features look two words each way), greedily (a beam of one): tagging was the costliest step
     * of sentiment scoring, and every compound of the shared sentiment sets and of 104,000 news
     * snippets came out the same as with the default beam of three.
     */
    private void applySenses(List<Word> words, List<String> lower, Slot[] slots) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < slots.length; i++) {
            if (!hasSenses(i, lower, slots) || likeAsVerb(lower, i)) {
                continue;
            }
            if (likeAsPreposition(lower, i)) {
                slots[i].valence = 0; // decided by its neighbour, no tagger needed
                slots[i].label = words.get(i).text();
                continue;
            }
            first = first < 0 ? i : first;
            last = i;
        }
        if (first < 0) {
            return;
        }
        if (tagger == null) {
            tagger = PosTagger.greedy();
        }
        int from = Math.max(0, first - WINDOW);
        int to = Math.min(words.size(), last + WINDOW + 1);
        // the words without their punctuation, plus a final period: the tagger was trained on
        // punctuated sentences and is surer of itself with one
        String[] tokens = new String[to - from + 1];
        for (int i = from; i < to; i++) {
            tokens[i - from] = words.get(i).text();
        }
        tokens[to - from] = ".";
        String[] tags = tagger.tag(tokens);
        double[] confidence = tagger.lastProbabilities();
        for (int i = first; i <= last; i++) {
            if (!hasSenses(i, lower, slots) || likeAsVerb(lower, i) || confidence[i - from] < SENSE_CONFIDENCE) {
                continue; // an unsure tag changes nothing: informal text confuses the tagger
            }
            String sense = modifiers.senses(lower.get(i)).get(tags[i - from]);
            if (sense == null) {
                continue;
            }
            switch (sense) {
                case "booster" -> slots[i].modifier = Modifiers.Kind.BOOSTER;
                case "dampener" -> slots[i].modifier = Modifiers.Kind.DAMPENER;
                default -> slots[i].valence = Double.parseDouble(sense);
            }
            if (slots[i].modifier != null) {
                slots[i].ownValence = slots[i].valence; // "pretty" boosts; with nothing to boost it is pretty
                slots[i].valence = 0;
            }
            slots[i].label = words.get(i).text();
        }
    }

    /**
     * "Well, ..." opening a sentence or standing alone is a discourse marker, not praise; decided
     * by position, which is cheaper and surer than the tagger.
     */
    private static void dropDiscourseWell(List<Word> words, List<String> lower, Slot[] slots) {
        for (int i = 0; i < slots.length; i++) {
            if (lower.get(i).equals("well") && !slots[i].covered && slots[i].span == 1
                && (i == 0 || words.get(i - 1).clauseEndsAfter()) && (words.get(i).clauseEndsAfter() || i + 1 == slots.length)) {
                slots[i].valence = 0;
            }
        }
    }

    /** Whether some part of speech of word {@code i} would give it another score than it has. */
    private boolean hasSenses(int i, List<String> lower, Slot[] slots) {
        Slot slot = slots[i];
        Map<String, String> byTag = modifiers.senses(lower.get(i));
        if (byTag == null || slot.covered || slot.span > 1 || slot.modifier != null) {
            return false;
        }
        for (String sense : byTag.values()) {
            boolean modifier = sense.equals("booster") || sense.equals("dampener");
            if (modifier || Double.parseDouble(sense) != slot.valence) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIKE_SUBJECTS = Set.of("i", "we", "you", "they", "u", "ya", "would",
        "i'd", "we'd", "you'd", "they'd", "do", "don't", "didn't", "doesn't", "really", "also", "still", "totally", "to");

    private static final Set<String> LIKE_COMPARISONS = Set.of("look", "looks", "looked", "looking", "seem", "seems", "seemed",
        "feel", "feels", "felt", "feeling", "sound", "sounds", "sounded", "smell", "smells", "taste", "tastes", "act", "acts",
        "acting", "just", "more", "much", "nothing", "something", "anything", "exactly", "things", "stuff", "people");

    /** "looks like", "seems like", "just like", "nothing like": a comparison, not a liking. */
    private static boolean likeAsPreposition(List<String> lower, int i) {
        return lower.get(i).equals("like") && i >= 1 && LIKE_COMPARISONS.contains(lower.get(i - 1));
    }

    /**
     * The tagger reads informal text poorly; "like" right after a subject or an auxiliary
     * ("I like", "you'd like", "really like") is the verb whatever its tag.
     */
    private static boolean likeAsVerb(List<String> lower, int i) {
        if (!lower.get(i).startsWith("like")) {
            return false;
        }
        return i >= 1 && LIKE_SUBJECTS.contains(lower.get(i - 1)) || i >= 2 && LIKE_SUBJECTS.contains(lower.get(i - 2)) && !lower.get(i - 1).equals("just");
    }

    /**
     * Name words inside a run of capitalised words carry no sentiment. A headline in title case
     * ("Free Storage For Mobile Users") is not a run of names: there the rule does not apply.
     */
    private void dropNames(List<Word> words, Slot[] slots) {
        int capitalised = 0;
        int lettered = 0;
        for (Word w : words) {
            capitalised += w.capitalised() || w.allCaps() ? 1 : 0;
            lettered += w.hasLetter() ? 1 : 0;
        }
        if (lettered >= 4 && capitalised * 10 >= lettered * 7) {
            return;
        }
        for (int i = 0; i < slots.length; i++) {
            Word w = words.get(i);
            if (slots[i].valence == 0 || !w.capitalised() || !modifiers.isNameWord(w.lower())) {
                continue;
            }
            boolean capitalisedBefore = i > 1 && words.get(i - 1).capitalised() && !words.get(i - 1).clauseEndsAfter();
            boolean capitalisedAfter = i + 1 < words.size() && words.get(i + 1).capitalised() && !w.clauseEndsAfter();
            if (capitalisedBefore || capitalisedAfter) {
                slots[i].valence = 0;
            }
        }
    }
}
