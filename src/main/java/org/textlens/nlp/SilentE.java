package org.textlens.nlp;

import static org.textlens.nlp.Letters.endsWith;
import static org.textlens.nlp.Letters.isVowel;
import static org.textlens.nlp.Letters.oneShortSyllable;
import static org.textlens.nlp.Letters.shortVowelBefore;

/**
 * E-restoration for stems left by -ed/-ing (hoped -> hope, but stopped -> stop is undoubling
 * and talked -> talk needs nothing). Porter's stemmer only needs a consistent stem; a lemmatizer
 * must produce the real word, so its single "short syllable" test is extended with spelling
 * facts that hold for stems of any length, each noted where it is used.
 */
final class SilentE {
    private SilentE() {
    }

    /**
     * Whether the base form ends in a silent e that -ed/-ing removed. English spelling makes
     * some endings decisive whatever the length of the word: no verb ends in v, c, u, a lone s,
     * a lone z or (outside -ng) g, and a short vowel before b, d, f, k would have been doubled
     * (describe, decide, provoke). Elsewhere the ending is split by the vowel before it, and
     * beyond that the word falls back to Porter's "one short syllable" test (hope, vote, cite).
     */
    static boolean needsE(String s, int from, int end) {
        char last = s.charAt(end - 1);
        char prev = s.charAt(end - 2);
        switch (last) {
            case 'v': case 'c': case 's':
                return true;
            case 'u': // continue, argue, sue; but plateau
                return !(prev == 'a' && end - 3 >= from && s.charAt(end - 3) == 'e');
            case 'z': // organize, seize; waltz, blitz are -tz words
                return prev != 't';
            case 'g':
                return prev != 'n' || ngTakesE(s, from, end);
            case 'b': case 'd': case 'f': case 'k':
                return shortVowelBefore(s, from, end);
            case 'l': // handle, settle, cycle (any stop + l); console, compile, schedule
                if ("bcdfgkpstz".indexOf(prev) >= 0) {
                    return true;
                }
                if (!shortVowelBefore(s, from, end)) {
                    return false;
                }
                return prev == 'i' || prev == 'o' || prev == 'u' || oneShortSyllable(s, from, end);
            case 'r': // centre, massacre, manoeuvre; declare, require, secure; not most -er/-or
                if (prev == 'b' || prev == 'c' || prev == 'g' || prev == 't' || prev == 'v') {
                    return true;
                }
                if (!shortVowelBefore(s, from, end)) {
                    return false;
                }
                if (prev == 'a' || prev == 'i' || prev == 'u') {
                    return true;
                }
                if (prev == 'o' && (endsWith(s, from, end, "stor") || endsWith(s, from, end, "plor")
                        || endsWith(s, from, end, "gnor") || endsWith(s, from, end, "scor")
                        || endsWith(s, from, end, "ador") || endsWith(s, from, end, "shor"))) {
                    return true; // restore, explore, ignore, underscore, adore, offshore
                }
                return oneShortSyllable(s, from, end);
            case 'm': // name, assume, scheme; but ransom, blossom (welcome is an exception)
                if (!shortVowelBefore(s, from, end)) {
                    return false;
                }
                return prev != 'o' || oneShortSyllable(s, from, end);
            case 'n': // determine, attune; but open, happen, abandon, orphan
                if (!shortVowelBefore(s, from, end)) {
                    return false;
                }
                return prev == 'i' || prev == 'u' || oneShortSyllable(s, from, end);
            case 't':
                return tTakesE(s, from, end);
            case 'p': // hope, shape, type, and their compounds; but develop, gallop, worship
                return oneShortSyllable(s, from, end) || endsWith(s, from, end, "typ")
                        || endsWith(s, from, end, "scap") || endsWith(s, from, end, "scop")
                        || endsWith(s, from, end, "tap") || endsWith(s, from, end, "hap");
            case 'h':
                return prev == 't' && thTakesE(s, from, end);
            default: // w, x, y (showed, fixed, played), vowels (agreed, echoed), j, q
                return false;
        }
    }

    /** change, arrange, range, challenge, plunge take -e; bring, hang, belong do not. */
    private static boolean ngTakesE(String s, int from, int end) {
        if (end - 3 < from) {
            return false;
        }
        char v = s.charAt(end - 3);
        if (v == 'e' || v == 'u') {
            return true;
        }
        return v == 'a' && (endsWith(s, from, end, "chang") || endsWith(s, from, end, "rang"));
    }

    private static boolean tTakesE(String s, int from, int end) {
        char prev = s.charAt(end - 2);
        if (prev == 'a') {
            if (end - 3 < from) {
                return false;
            }
            char v = s.charAt(end - 3);
            if (v == 'i' || v == 'u') {
                return true; // negotiate, evaluate
            }
            if (v == 'e') {
                return endsWith(s, from, end, "creat"); // create, but defeat, treat, repeat
            }
            return !isVowel(s, from, end - 3); // relate, debate; but float, await
        }
        if (prev == 'u' || prev == 'o') {
            return shortVowelBefore(s, from, end); // execute, promote, quote; but shout, riot
        }
        // cite, mete, and write in any compound (rewrite, underwrite); but visit, edit, target
        return oneShortSyllable(s, from, end) || endsWith(s, from, end, "writ");
    }

    /** breathe, soothe, teethe, bathe, writhe; but froth, mouth, unearth. */
    private static boolean thTakesE(String s, int from, int end) {
        int v = end - 3;
        if (v < from || !isVowel(s, from, v)) {
            return false;
        }
        char c = s.charAt(v);
        if (v - 1 >= from && isVowel(s, from, v - 1)) {
            char c0 = s.charAt(v - 1);
            return (c0 == 'e' && (c == 'a' || c == 'e')) || (c0 == 'o' && (c == 'o' || c == 'a'));
        }
        return c == 'a' || c == 'i' || c == 'y';
    }
}
