package org.textlens.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up single words among exact entries and prefix wildcards (LIWC's {@code abandon*}): an
 * exact entry wins, otherwise the longest prefix that the word starts with. Immutable once built.
 *
 * @param <V> what an entry carries
 */
public final class PrefixMatcher<V> {
    private final Map<String, V> exact;
    private final Map<String, V> prefixes;
    private final int longestPrefix;
    private final int shortestPrefix;

    private PrefixMatcher(Map<String, V> exact, Map<String, V> prefixes) {
        this.exact = Map.copyOf(exact);
        this.prefixes = Map.copyOf(prefixes);
        this.longestPrefix = prefixes.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.shortestPrefix = prefixes.keySet().stream().mapToInt(String::length).min().orElse(0);
    }

    /** The value for {@code word}: its exact entry, else its longest matching prefix entry. */
    public Optional<V> find(String word) {
        V value = exact.get(word);
        if (value != null) {
            return Optional.of(value);
        }
        for (int n = Math.min(longestPrefix, word.length()); n >= shortestPrefix && n > 0; n--) {
            value = prefixes.get(word.substring(0, n));
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty();
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects entries; a later entry for the same word or prefix replaces the earlier one. */
    public static final class Builder<V> {
        private final Map<String, V> exact = new HashMap<>();
        private final Map<String, V> prefixes = new HashMap<>();

        public Builder<V> exact(String word, V value) {
            exact.put(word, value);
            return this;
        }

        public Builder<V> prefix(String prefix, V value) {
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("an empty prefix would match every word");
            }
            prefixes.put(prefix, value);
            return this;
        }

        public PrefixMatcher<V> build() {
            return new PrefixMatcher<>(exact, prefixes);
        }
    }
}
