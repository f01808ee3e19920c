package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.textlens.lexicon.Modifiers;

/**
 * Scores one sentence. The rules are those Hutto and Gilbert describe for VADER (ICWSM 2014),
 * written anew, with the changes news needs:
 * <ul>
 * <li>lexicon entries of several words match as one unit, longest first ("waste of time");</li>
 * <li>boosters and dampeners before a sentiment word add or remove {@value #BOOST} (less for the
 * second and third word back); an all-caps word in a mixed-case sentence gains {@value #CAPS};</li>
 * <li>a negation reaches the first sentiment word after it in its clause: the scope ends at
 * punctuation, a clause opener ("but", "which", "because"), a preposition, or after five words,
 * not at a fixed three words; "never so" and "not ... this" emphasise instead; it multiplies a
 * positive word by {@value #NEGATE} and a negative one by {@value #NEGATE_NEGATIVE}, so "not bad"
 * and "no problems" are mildly positive rather than strongly so; "no" counts as a negation before
 * a sentiment word and only then loses its own negative valence;</li>
 * <li>"but" halves what came before it and multiplies what follows by 1.5;</li>
 * <li>words whose sentiment depends on their part of speech ("like" as a preposition, "fine" as a
 * penalty) are decided by the POS tagger, which runs only on the sentences that hold such a
 * word, and only a tag the tagger is at least {@value #SENSE_CONFIDENCE} sure of counts;</li>
 * <li>counterfactuals ("should have been good", "could have been worse") work like negations;</li>
 * <li>words such as "United" or "Justice" inside a run of capitalised words are part of a name
 * ("United Nations", "Justice Department") and carry no sentiment;</li>
 * <li>words not in the lexicon are tried as informal or inflected spellings of rated words
 * ("goooood", "lovin"); emoticons are never negated;</li>
 * <li>a booster that intensifies nothing keeps its own valence ("Damn you.");</li>
 * <li>exclamation marks (up to four) and repeated question marks amplify the total;</li>
 * <li>a sentence with the marks of social media (@mentions, #hashtags, links) is read the way VADER
 * reads posts: no POS senses (the tagger misreads such text) and negation within three words.</li>
 * </ul>
 * The sum is normalised as {@code x / sqrt(x^2 + 15)}. Not thread-safe (the POS tagger is not):
 * one instance per worker thread.
 */
public final class SentenceScorer {
    static final double BOOST = 0.293;
    static final double CAPS = 0.733;
    static final double NEGATE = -0.74;
    static final double NEGATE_NEGATIVE = -0.4;
    static final double NORMALISATION = 15;
    static final int NEGATION_REACH = 5;
    static final int INFORMAL_NEGATION_REACH = 3;
    static final double SENSE_CONFIDENCE = 0.7;
    private static final double BEFORE_BUT = 0.5;
    private static final double AFTER_BUT = 1.5;

    private final SentimentLexicon lexicon;
    private final WordValences valences;

    public SentenceScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
        this.valences = new WordValences(lexicon);
    }

    /** The score of {@code sentence} with its evidence. */
    public SentenceScore score(String sentence) {
        return score(sentence, true);
    }

    /** The score of {@code sentence}; the evidence list stays empty unless {@code explain}. */
    public SentenceScore score(String sentence, boolean explain) {
        return score(split(sentence), explain);
    }

    /** {@code sentence} split into words as the scorer reads it (to share with {@link SentimentFeatures}). */
    SentenceWords.Split split(String sentence) {
        return SentenceWords.split(sentence, lexicon::isEntry);
    }

    /** The score of a sentence already split by {@link #split}. */
    SentenceScore score(SentenceWords.Split split, boolean explain) {
        List<Word> words = split.words();
        int n = words.size();
        List<String> lower = new ArrayList<>(n);
        for (Word w : words) {
            lower.add(w.lower());
        }
        Slot[] slots = valences.of(words, lower, split.informal());
        boolean capsDiffer = capsDiffer(words);
        for (int i = 0; i < n; i++) {
            if (slots[i].valence != 0 && !slots[i].covered) {
                applyRules(i, words, lower, slots, capsDiffer, split.informal());
            }
        }
        restoreIdleBoosters(slots);
        applyBut(lower, slots);
        return total(words, slots, split.exclamations(), split.questions(), explain);
    }

    /** Some words, but not all words with letters, are in capitals: capitals then emphasise. */
    private static boolean capsDiffer(List<Word> words) {
        int caps = 0;
        int lettered = 0;
        for (Word w : words) {
            if (w.allCaps()) {
                caps++;
            }
            if (w.hasLetter()) {
                lettered++;
            }
        }
        return caps > 0 && caps < lettered;
    }

    private void applyRules(int i, List<Word> words, List<String> lower, Slot[] slots, boolean capsDiffer, boolean informal) {
        Slot slot = slots[i];
        double v = slot.valence;
        double sign = Math.signum(v);
        if (capsDiffer && words.get(i).allCaps()) {
            v += sign * CAPS;
            slot.notes.add("caps");
        }
        // boosters and dampeners up to three words back, inside the clause
        int distance = 0;
        for (int j = i - 1; j >= 0 && distance < 3; j--) {
            if (slots[j].covered) {
                continue;
            }
            if (words.get(j).clauseEndsAfter()) {
                break;
            }
            distance++;
            Modifiers.Kind kind = slots[j].modifier;
            if (kind == Modifiers.Kind.BOOSTER || kind == Modifiers.Kind.DAMPENER) {
                double step = kind == Modifiers.Kind.BOOSTER ? BOOST : -BOOST;
                if (capsDiffer && words.get(j).allCaps()) {
                    step += Math.signum(step) * CAPS;
                }
                step *= distance == 1 ? 1 : distance == 2 ? 0.95 : 0.9;
                v += sign * step;
                String note = kind == Modifiers.Kind.BOOSTER ? "booster" : "dampener";
                if (!slots[j].notes.contains(note)) {
                    slots[j].notes.add(note);
                }
            }
        }
        // "never so good", "haven't been this sore": a negation before "so"/"this" emphasises
        int negator = negatorInClause(i, words, lower, slots, informal);
        boolean emphatic = i >= 1 && (lower.get(i - 1).equals("this") || lower.get(i - 1).equals("so") && negator >= 0
            && lower.get(negator).equals("never"));
        if (negator >= 0 && emphatic) {
            v *= 1.25;
            slot.label = SentenceWords.join(words, negator, i - negator + slot.span);
        } else if (negator >= 0 && isWord(words.get(i))) {
            v *= v > 0 ? NEGATE : NEGATE_NEGATIVE;
            slot.label = SentenceWords.join(words, negator, i - negator + slot.span);
        } else if (i >= 1 && lower.get(i - 1).equals("least") && (i < 2 || !lower.get(i - 2).equals("at") && !lower.get(i - 2).equals("very"))) {
            v *= NEGATE;
            slot.label = SentenceWords.join(words, i - 1, 1 + slot.span);
        }
        slot.valence = v;
    }

    /**
     * The position of a negation earlier in the same clause, or -1. The scope also ends at a
     * preposition between them (the negation belongs to the phrase before it), at an earlier
     * sentiment word (which the negation took), and after {@value #NEGATION_REACH} words.
     */
    private static int negatorInClause(int i, List<Word> words, List<String> lower, Slot[] slots, boolean informal) {
        // posts punctuate loosely and the clause rules misfire there: VADER's three-word window
        boolean window = informal;
        for (int j = i - 1; j >= 0; j--) {
            boolean otherSentimentWord = slots[j].valence != 0 && slots[j].modifier == null && !slots[j].covered;
            if (words.get(j).clauseEndsAfter() || slots[j].modifier == Modifiers.Kind.CLAUSE
                || !window && (slots[j].modifier == Modifiers.Kind.SCOPE && j < i - 1 || otherSentimentWord)
                || i - j > (window ? INFORMAL_NEGATION_REACH : NEGATION_REACH)) {
                return -1;
            }
            if (slots[j].modifier == Modifiers.Kind.NEGATION && !slots[j].covered) {
                return j;
            }
        }
        return -1;
    }

    /** Emoticons are not negated: "Nope :-)" is still friendly. */
    private static boolean isWord(Word w) {
        long letters = w.text().chars().filter(Character::isLetter).count();
        boolean symbols = w.text().chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '\'' && c != '-');
        return letters >= 2 || letters == 1 && !symbols;
    }

    /** A booster that intensified nothing is a word like any other: "Damn you" is negative. */
    private static void restoreIdleBoosters(Slot[] slots) {
        for (Slot s : slots) {
            boolean booster = s.modifier == Modifiers.Kind.BOOSTER || s.modifier == Modifiers.Kind.DAMPENER;
            if (booster && s.ownValence != 0 && s.notes.isEmpty() && !s.covered) {
                s.valence = s.ownValence;
            }
        }
    }

    private static void applyBut(List<String> lower, Slot[] slots) {
        int but = lower.indexOf("but");
        if (but < 0) {
            return;
        }
        for (int i = 0; i < slots.length; i++) {
            if (i < but) {
                slots[i].valence *= BEFORE_BUT;
            } else if (i > but) {
                slots[i].valence *= AFTER_BUT;
            }
        }
        slots[but].notes.add("contrast");
        slots[but].label = "but";
    }

    private SentenceScore total(List<Word> words, Slot[] slots, int exclamations, int questions, boolean explain) {
        double sum = 0;
        double posSum = 0;
        double negSum = 0;
        int neutral = 0;
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            Slot s = slots[i];
            if (s.covered) {
                continue;
            }
            double v = s.valence;
            sum += v;
            if (v > 0) {
                posSum += v + 1;
            } else if (v < 0) {
                negSum += v - 1;
            } else {
                neutral += s.span;
            }
            if (!explain) {
                continue;
            }
            if (v != 0) {
                evidence.add(s.label + ":" + String.format(Locale.ROOT, "%.2f", v));
            }
            for (String note : s.notes) {
                if (!note.equals("caps") || v == 0) {
                    evidence.add((s.label == null ? words.get(i).text() : s.label) + ":" + note);
                }
            }
        }
        double emphasis = punctuationEmphasis(exclamations, questions);
        if (sum != 0 && emphasis > 0) {
            sum += Math.signum(sum) * emphasis;
            if (explain) {
                evidence.add("!".repeat(Math.min(exclamations, 4)) + (questions > 1 ? "?".repeat(Math.min(questions, 4)) : "")
                + ":emphasis " + String.format(Locale.ROOT, "%+.2f", Math.signum(sum) * emphasis));
            }
            if (posSum > -negSum) {
                posSum += emphasis;
            } else if (posSum < -negSum) {
                negSum -= emphasis;
            }
        }
        double compound = sum == 0 ? 0 : Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + NORMALISATION)));
        double mass = posSum - negSum + neutral;
        if (mass == 0) {
            return new SentenceScore(compound, 0, words.isEmpty() ? 0 : 1, 0, evidence);
        }
        return new SentenceScore(compound, posSum / mass, neutral / mass, -negSum / mass, evidence);
    }

    /** Up to four exclamation marks add 0.292 each; two or three question marks 0.18 each, more 0.96. */
    private static double punctuationEmphasis(int exclamations, int questions) {
        double e = Math.min(exclamations, 4) * 0.292;
        if (questions > 1) {
            e += questions <= 3 ? questions * 0.18 : 0.96;
        }
        return e;
    }
}
