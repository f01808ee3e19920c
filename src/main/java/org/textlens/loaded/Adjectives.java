package org.textlens.loaded;

import java.util.Set;

/**
 * Cheap spelling cues for word classes, where a tagger would cost more than the whole match: they
 * only decide whether a hit takes in the next word, so an occasional wrong guess costs one word.
 */
final class Adjectives {
    /** Endings of most English adjectives (vicious, shameful, divisive, satanic, brutal, violent, ...). */
    private static final String[] ADJECTIVE_ENDINGS = {"ous", "ful", "ive", "ic", "al", "ent", "ant", "less", "able", "ible",
        "ish", "ed", "ing", "ary", "ist", "ile", "ite"};
    private static final String[] VERB_OR_ADVERB_ENDINGS = {"ly", "ed", "ing", "ize", "ise", "ify"};

    /** Present-tense verbs common right after a subject, which no ending gives away ("lies spread", "critics say"). */
    private static final Set<String> COMMON_VERBS = Set.of("say", "says", "tell", "tells", "add", "adds",
        "note", "notes", "warn", "warns", "argue", "argues", "insist", "insists", "write", "writes", "explain", "explains",
        "continue", "continues", "remain", "remains", "seem", "seems", "appear", "appears", "become", "becomes", "make",
        "makes", "take", "takes", "give", "gives", "go", "goes", "come", "comes", "get", "gets", "keep", "keeps", "mean",
        "means", "need", "needs", "want", "wants", "spread", "spreads", "grow", "grows", "rise", "rises", "fall", "falls",
        "put", "puts", "set", "sets", "let", "lets", "run", "runs", "show", "shows", "know", "knows", "think", "thinks",
        "believe", "believes", "see", "sees", "feel", "feels", "look", "looks", "hold", "holds", "bring", "brings", "lead",
        "leads", "threaten", "threatens", "face", "faces", "reign", "reigns", "prevail", "prevails", "rule", "rules");

    private Adjectives() {
    }

    static boolean looksAdjectival(String word) {
        return endsWithAny(word, ADJECTIVE_ENDINGS);
    }

    static boolean isCommonVerb(String word) {
        return COMMON_VERBS.contains(word);
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
