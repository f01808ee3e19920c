package org.textlens.nlp;

/** Character-level helpers shared by the suffix rules; all work on a slice s[from, end). */
final class Letters {
    private Letters() {
    }

    /** A single vowel before the last letter, with a consonant (or the word start) before it. */
    static boolean shortVowelBefore(String s, int from, int end) {
        int v = end - 2;
        return v >= from && isVowel(s, from, v) && (v == from || !isVowel(s, from, v - 1));
    }

    /** Porter's *o with m = 1: consonant-vowel-consonant ending a one-syllable stem. */
    static boolean oneShortSyllable(String s, int from, int end) {
        return shortVowelBefore(s, from, end) && vowelGroups(s, from, end) == 1;
    }

    /** Vowels are a e i o u, except u after q; y is a vowel after a consonant (try, style). */
    static boolean isVowel(String s, int from, int i) {
        switch (s.charAt(i)) {
            case 'a': case 'e': case 'i': case 'o':
                return true;
            case 'u':
                return i == from || s.charAt(i - 1) != 'q';
            case 'y':
                return i > from && !isVowel(s, from, i - 1);
            default:
                return false;
        }
    }

    static boolean hasVowel(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isVowel(s, from, i)) {
                return true;
            }
        }
        return false;
    }

    static int vowelGroups(String s, int from, int end) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = from; i < end; i++) {
            boolean v = isVowel(s, from, i);
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }

    static boolean endsWith(String s, int from, int end, String suffix) {
        int len = suffix.length();
        return end - from >= len && s.regionMatches(end - len, suffix, 0, len);
    }

    /** s[from, end) + suffix, built with a single exact-size copy. */
    static String join(String s, int from, int end, String suffix) {
        int stemLen = end - from;
        char[] out = new char[stemLen + suffix.length()];
        s.getChars(from, end, out, 0);
        suffix.getChars(0, suffix.length(), out, stemLen);
        return new String(out);
    }
}
