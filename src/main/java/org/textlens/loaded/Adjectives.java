package org.textlens.loaded;

/**
 * Cheap spelling cues for word classes, where a tagger would cost more than the whole match: they
 * only decide whether a hit takes in the next word, so an occasional wrong guess costs one word.
 */
final class Adjectives {
    /** Endings of most English adjectives (vicious, shameful, divisive, satanic, brutal, violent, ...). */
    private static final String[] ADJECTIVE_ENDINGS = {"ous", "ful", "ive", "ic", "al", "ent", "ant", "less", "able", "ible",
        "ish", "ed", "ing", "ary", "ist", "ile", "ite"};
    private static final String[] VERB_OR_ADVERB_ENDINGS = {"ly", "ed", "ing", "ize", "ise", "ify"};

    private Adjectives() {
    }

    static boolean looksAdjectival(String word) {
        return endsWithAny(word, ADJECTIVE_ENDINGS);
    }

    static boolean looksLikeVerbOrAdverb(String word) {
        return endsWithAny(word, VERB_OR_ADVERB_ENDINGS);
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String e : endings) {
            if (word.length() > e.length() + 2 && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
