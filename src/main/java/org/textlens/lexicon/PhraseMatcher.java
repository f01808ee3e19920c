package org.textlens.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds lexicon entries of one or more words in a sequence of normalised words, longest match
 * first: a trie keyed by word. Immutable once built, so one instance serves every thread.
 *
 * @param <V> what an entry carries (a valence, a category, ...)
 */
public final class PhraseMatcher<V> {
    /** An entry found at a position: how many words it spans and its value. */
    public record Match<V>(int length, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root;

    private PhraseMatcher(Node<V> root) {
        this.root = root;
    }

    /** The longest entry that starts at {@code words[from]}, if any. */
    public Optional<Match<V>> longestAt(List<String> words, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < words.size(); i++) {
            node = node.next.get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(i - from + 1, node.value);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every entry that starts at {@code words[from]}, longest first: for callers that keep several
     * independent longest-first readings (one per category) over one trie.
     */
    public List<Match<V>> allAt(List<String> words, int from) {
        Node<V> node = root;
        List<Match<V>> found = List.of();
        for (int i = from; i < words.size(); i++) {
            node = node.next.get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                if (found.isEmpty()) {
                    found = new java.util.ArrayList<>(2);
                }
                found.add(0, new Match<>(i - from + 1, node.value));
            }
        }
        return found;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects entries; a later entry for the same words replaces the earlier one. */
    public static final class Builder<V> {
        private final Node<V> root = new Node<>();

        public Builder<V> add(List<String> words, V value) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("an entry needs at least one word");
            }
            Node<V> node = root;
            for (String w : words) {
                node = node.next.computeIfAbsent(w, k -> new Node<>());
            }
            node.value = value;
            return this;
        }

        public PhraseMatcher<V> build() {
            return new PhraseMatcher<>(root);
        }
    }
}
