package org.textlens.loaded;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds lexicon entries in a sentence: a trie keyed by lower-case word, walked with both the
 * written form and the lemma of every token, so "slammed" finds the entry "slam" and the phrase
 * "claim responsibility" finds "claimed responsibility". The longest entry whose rules accept the
 * context wins; at equal length a match of the written forms beats one through lemmas.
 * Immutable once built; one instance serves every thread.
 */
final class TermMatcher {
    /** An entry found over tokens {@code [from, to)}. */
    record Match(int from, int to, LexiconEntry entry) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        LexiconEntry entry;
    }

    private final Node root = new Node();

    TermMatcher(Collection<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            Node node = root;
            for (String w : e.words()) {
                node = node.next.computeIfAbsent(w, k -> new Node());
            }
            node.entry = e;
        }
    }

    /** The best entry starting at token {@code from}, if any. */
    Optional<Match> longestAt(SentenceWords words, int from) {
        Node first = root.next.get(words.lower[from]);
        String lemma = words.lemma[from];
        Node firstByLemma = lemma.equals(words.lower[from]) ? null : root.next.get(lemma);
        if (first == null && firstByLemma == null) {
            return Optional.empty();
        }
        Best best = new Best();
        if (first != null) {
            walk(first, words, from, from + 1, false, best);
        }
        if (firstByLemma != null) {
            walk(firstByLemma, words, from, from + 1, true, best);
        }
        return best.match == null ? Optional.empty() : Optional.of(best.match);
    }

    private static void walk(Node node, SentenceWords words, int from, int to, boolean viaLemma, Best best) {
        if (node.entry != null) {
            best.offer(node.entry, words, from, to, viaLemma);
        }
        if (to >= words.size() || node.next.isEmpty()) {
            return;
        }
        Node written = node.next.get(words.lower[to]);
        if (written != null) {
            walk(written, words, from, to + 1, viaLemma, best);
        }
        String lemma = words.lemma[to];
        if (!lemma.equals(words.lower[to])) {
            Node byLemma = node.next.get(lemma);
            if (byLemma != null) {
                walk(byLemma, words, from, to + 1, true, best);
            }
        }
    }

    private static final class Best {
        Match match;
        boolean viaLemma;

        void offer(LexiconEntry entry, SentenceWords words, int from, int to, boolean lemma) {
            boolean better = match == null || to > match.to() || (to == match.to() && viaLemma && !lemma);
            if (better && Context.accepts(entry, words, from, to, lemma)) {
                match = new Match(from, to, entry);
                viaLemma = lemma;
            }
        }
    }
}
