package org.textlens.nlp;

import static org.textlens.nlp.Letters.endsWith;
import static org.textlens.nlp.Letters.hasVowel;
import static org.textlens.nlp.Letters.isVowel;
import static org.textlens.nlp.Letters.join;
import static org.textlens.nlp.Letters.vowelGroups;

/**
 * Ordered suffix rules for regular English inflection, applied to a slice {@code s[from, to)} of
 * lower-case letters that the exception list did not cover. Every method returns the new form, or
 * null for "leave the word as it is"; when a rule cannot tell, it returns null, because a wrong
 * lemma merges two unrelated words while an unchanged one only splits a count.
 *
 * <p>The rules trust the exception list (lemma-exceptions-en.tsv) for irregular forms and for the
 * known counter-examples named in the comments below.
 */
final class SuffixRules {
    private SuffixRules() {
    }

    /**
     * @param nominalOnly true for the last part of a hyphenated compound: "us-backed",
     *     "long-running" and "so-called" are adjectives, so only a plural is undone there.
     */
    static String apply(String s, int from, int to, boolean nominalOnly) {
        int n = to - from;
        // Irregular plurals formed by compounding are open-ended (gunmen, spokeswomen,
        // schoolchildren), so they are handled by shape; the few -men singulars (semen, yemen,
        // specimen) are listed as exceptions.
        if (n >= 5 && endsWith(s, from, to, "men")) {
            return join(s, from, to - 2, "an");
        }
        if (n >= 8 && endsWith(s, from, to, "children")) {
            return s.substring(from, to - 3);
        }
        char last = s.charAt(to - 1);
        if (last == 's') {
            return plural(s, from, to);
        }
        if (nominalOnly || negativePrefix(s, from, to)) {
            return null;
        }
        if (last == 'd' && s.charAt(to - 2) == 'e') {
            return past(s, from, to);
        }
        if (last == 'g' && s.charAt(to - 2) == 'n' && s.charAt(to - 3) == 'i') {
            return gerund(s, from, to);
        }
        return null;
    }

    /**
     * un- and non- words ending in -ed/-ing are overwhelmingly adjectives with no verb behind
     * them (unprecedented, unemployed, unwilling, nonbinding); the reversible un- verbs
     * (unveil, unleash, uncover) are few and listed as exceptions. under- and uni- are not
     * this prefix (undermined, united, unified, unionised).
     */
    private static boolean negativePrefix(String s, int from, int to) {
        if (to - from < 6) {
            return false;
        }
        if (s.startsWith("non", from)) {
            return true;
        }
        return s.startsWith("un", from) && !s.startsWith("under", from)
                && !s.startsWith("unit", from) && !s.startsWith("unif", from)
                && !s.startsWith("union", from) && !s.startsWith("univ", from);
    }

    /** -s and -es of plural nouns and third-person verbs. */
    private static String plural(String s, int from, int to) {
        int n = to - from;
        char p = s.charAt(to - 2);
        // -ss (business), -us (status, famous), -is (analysis, this) are singular far more often
        // than not; the plural exceptions (menus, israelis) are listed.
        if (p == 's' || p == 'u' || p == 'i' || p == '\'' || !hasVowel(s, from, to - 1)) {
            return null; // the vowel test keeps acronyms such as nhs, gps, sms
        }
        // Fields of study and the invariable -ies nouns (geophysics, macroeconomics, miniseries).
        if (endsWith(s, from, to, "physics") || endsWith(s, from, to, "nomics")
                || endsWith(s, from, to, "nautics") || endsWith(s, from, to, "series")
                || endsWith(s, from, to, "species")) {
            return null;
        }
        if (p != 'e' || n < 4) {
            return s.substring(from, to - 1);
        }
        // Greek -sis plurals keep their shape across compounds: analyses, urinalyses,
        // hypotheses, photosyntheses -> -sis.
        if (endsWith(s, from, to, "yses") || endsWith(s, from, to, "theses")) {
            return join(s, from, to - 2, "is");
        }
        char q = s.charAt(to - 3);
        char r = s.charAt(to - 4);
        switch (q) {
            case 'i': // countries -> country, but the four-letter ties, lies, dies keep their -ie
                return n == 4 ? s.substring(from, to - 1) : join(s, from, to - 3, "y");
            case 's': // classes -> class, but causes, bases are -se words; -uses is split below
                if (r == 'u') {
                    return usesIsPlural(s, from, to) ? s.substring(from, to - 2) : s.substring(from, to - 1);
                }
                return r == 's' ? s.substring(from, to - 2) : s.substring(from, to - 1);
            case 'x': // taxes -> tax
                return s.substring(from, to - 2);
            case 'z': // buzzes, waltzes -> buzz, waltz; but sizes, prizes are -ze words
                return r == 'z' || r == 't' ? s.substring(from, to - 2) : s.substring(from, to - 1);
            case 'h': // churches, crashes; but -thes/-phes (bathes, catastrophes) end in -e
                return r == 'c' || r == 's' ? s.substring(from, to - 2) : s.substring(from, to - 1);
            case 'o': // heroes, vetoes -> hero, veto; toes, foes and (horse)shoes keep the -e
                return n == 4 || endsWith(s, from, to, "shoes")
                        ? s.substring(from, to - 1) : s.substring(from, to - 2);
            default: // guarantees, moves (-ves is -ve far more often than -f, see exceptions)
                return s.substring(from, to - 1);
        }
    }

    /**
     * Whether -uses is the plural of an -us noun (viruses, bonuses, campuses, buses) rather
     * than -use + s (causes, abuses, accuses, refuses, amuses, ruses, misuses). -use words
     * are few and their letter before -use is decisive, so the test looks at that letter and,
     * where both kinds share it, at the one before.
     */
    private static boolean usesIsPlural(String s, int from, int to) {
        int i = to - 5; // the letter before "uses"
        if (i < from) {
            return false; // uses
        }
        char c = s.charAt(i);
        char b = i > from ? s.charAt(i - 1) : ' ';
        switch (c) {
            case 'a': case 'e': case 'o': case 'f': case 'h': case 'm':
                return false; // causes, reuses, houses, refuses, enthuses, amuses
            case 'b':
                return b != 'a'; // buses, minibuses; abuses
            case 'c':
                return b != 'c' && b != 'x' && b != 'e'; // focuses, circuses; accuses, excuses
            case 'r':
                return b != 'e' && b != ' '; // viruses, choruses; peruses, ruses
            case 's':
                return b != 'i'; // censuses; misuses
            default:
                return true; // statuses, bonuses, campuses, surpluses, geniuses, nexuses
        }
    }

    /** -ed of regular past tenses and participles. */
    private static String past(String s, int from, int to) {
        int n = to - from;
        char q = s.charAt(to - 3);
        if (q == 'e') {
            return null; // -eed: need, speed, exceed; agreed, freed are exceptions
        }
        if (q == 'i') { // studied -> study; died, tied -> die, tie; "ied" the acronym stays
            if (n <= 3) {
                return null;
            }
            return n == 4 ? s.substring(from, to - 1) : join(s, from, to - 3, "y");
        }
        return stem(s, from, to - 2);
    }

    /** -ing of present participles and gerunds. */
    private static String gerund(String s, int from, int to) {
        int end = to - 3;
        // Nouns built on spring, string, swing (offspring, hamstring, upswing): no English verb
        // stem ends in these clusters, so the -ing cannot be a suffix.
        if (endsWith(s, from, end, "spr") || endsWith(s, from, end, "str")
                || endsWith(s, from, end, "sw")) {
            return null;
        }
        return stem(s, from, end);
    }

    /** Turns what is left after -ed/-ing into a base form: undoubling, then e-restoration. */
    private static String stem(String s, int from, int end) {
        // Porter's condition: the stem must contain a vowel, so bed, red, sing, king, thing,
        // bring are not inflections at all.
        if (end - from < 2 || !hasVowel(s, from, end)) {
            return null;
        }
        char last = s.charAt(end - 1);
        char prev = s.charAt(end - 2);
        // No English verb ends in consonant + w, nor in consonant + r other than the -re of
        // centre, massacre, manoeuvre: lapwing, bullring, hundred, kindred are not inflected.
        if ((last == 'w' || (last == 'r' && prev != 'r' && "bcgtv".indexOf(prev) < 0))
                && !isVowel(s, from, end - 2)) {
            return null;
        }
        if (last == prev && !isVowel(s, from, end - 1)) {
            switch (last) {
                case 's': case 'f': case 'z': // passed, staffed, buzzed: the base has the pair
                    return s.substring(from, end);
                case 'l':
                    return undoubleL(s, from, end) ? s.substring(from, end - 1) : s.substring(from, end);
                default: // stopped, running, planned, occurred
                    return s.substring(from, end - 1);
            }
        }
        return SilentE.needsE(s, from, end) ? join(s, from, end, "e") : s.substring(from, end);
    }

    /**
     * Only the British doubling of a final unstressed -el (travelled, cancelled, compelled) and
     * of control/patrol/extol is undone. One-syllable stems (called, yelled) and their
     * compounds (resell, foretell, bankroll), and -all/-ill/-ull (installed, fulfilled) keep
     * the pair; signalled, totalled, dispelled etc. are listed as exceptions.
     */
    private static boolean undoubleL(String s, int from, int end) {
        if (end - 3 < from) {
            return false;
        }
        char v = s.charAt(end - 3);
        if (vowelGroups(s, from, end - 2) < 2) {
            return false; // stroll, troll, yell, quell
        }
        if (v == 'o') {
            return endsWith(s, from, end, "troll") || endsWith(s, from, end, "xtoll");
        }
        if (v != 'e' || endsWith(s, from, end, "dwell") || endsWith(s, from, end, "swell")
                || endsWith(s, from, end, "smell")) {
            return false;
        }
        // sell, tell, spell behind a verb prefix (resell, foretell, misspell) are compounds;
        // behind anything else the -sel/-tel belongs to the word (counsel, chisel, hostel).
        for (String verb : ONE_SYLLABLE_ELL) {
            if (endsWith(s, from, end, verb)) {
                int prefixEnd = end - verb.length();
                for (String prefix : VERB_PREFIXES) {
                    if (prefixEnd - from == prefix.length() && s.startsWith(prefix, from)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static final String[] ONE_SYLLABLE_ELL = {"sell", "tell", "spell"};
    private static final String[] VERB_PREFIXES = {
        "re", "out", "over", "under", "up", "pre", "fore", "mis", "best", "cross"
    };
}
