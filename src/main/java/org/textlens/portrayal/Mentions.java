package org.textlens.portrayal;

import java.util.Locale;
import java.util.Set;

/** Small facts about the words of a mention, shared by the target finders. */
final class Mentions {
    /** Pronouns that may stand for a person named before ("his" and "hers" are owners, not the person). */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

    private Mentions() {
    }

    /** The length of a possessive ending ("'s", "’s", or a lone apostrophe after s) at the end of {@code text}, else 0. */
    static int possessive(String text) {
        int n = text.length();
        if (n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '\u2019') && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')) {
            return 2;
        }
        if (n > 1 && (text.charAt(n - 1) == '\'' || text.charAt(n - 1) == '\u2019') && Character.toLowerCase(text.charAt(n - 2)) == 's') {
            return 1;
        }
        return 0;
    }

    /** {@code text} without its possessive ending. */
    static String bare(String text) {
        return text.substring(0, text.length() - possessive(text));
    }

    static boolean isPronoun(String text) {
        return PERSONAL_PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
    }
}
