package org.textlens.loaded;

import java.util.List;

/**
 * Where an entry may match, from its lexicon flags. Each rule is cheap: it looks at the words
 * around a candidate hit, never at part-of-speech tags.
 *
 * @param caseSensitive {@code case}: the text must be written exactly as the term ("Kiev", not "kiev")
 * @param exact {@code exact}: only the term's own form matches, not other inflections of it
 * @param verb {@code verb}: the word must be used as a verb: not after a determiner or possessive
 *     ("his claims"), not before "of" ("claims of abuse"), and its uninflected form only after a
 *     pronoun, modal, "to" or adverb ("they claim", "to claim", not "a wage demand")
 * @param notBefore {@code not-before=A B|C}: no match when one of these phrases follows the term,
 *     directly or after one determiner ("coup de grâce", "claimed the title")
 * @param notAfter {@code not-after=A B|C}: no match when one of these phrases directly precedes the term
 * @param onlyAfter {@code only-after=A B|C}: a match only when one of these phrases directly precedes
 *     the term ("a complete failure", not "nearly complete")
 * @param extend {@code extend}: the hit reaches over the next word when that is a content word that
 *     starts no entry of its own, so an intensifier is reported with what it intensifies ("utterly predictable")
 * @param prefix the last word is a prefix wildcard, as {@code abandon*} in a {@code .dic} file
 */
public record MatchRules(boolean caseSensitive, boolean exact, boolean verb, List<List<String>> notBefore,
                         List<List<String>> notAfter, List<List<String>> onlyAfter, boolean extend, boolean prefix) {
    public static final MatchRules NONE = new MatchRules(false, false, false, List.of(), List.of(), List.of(), false, false);
    public static final MatchRules PREFIX = new MatchRules(false, false, false, List.of(), List.of(), List.of(), false, true);

    public MatchRules {
        notBefore = notBefore.stream().map(List::copyOf).toList();
        notAfter = notAfter.stream().map(List::copyOf).toList();
        onlyAfter = onlyAfter.stream().map(List::copyOf).toList();
    }

    boolean hasContext() {
        return verb || !notBefore.isEmpty() || !notAfter.isEmpty() || !onlyAfter.isEmpty();
    }
}
