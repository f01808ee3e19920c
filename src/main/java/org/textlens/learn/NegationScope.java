package org.textlens.learn;

import java.util.List;
import java.util.Set;

/**
 * Which tokens a negation governs: the {@code window} words after a negator, stopped early by a
 * clause boundary (punctuation such as {@code , ; : . ! ?}) or by a contrast word ("but").
 * Callers give the sentence's lower-cased words and their own negator list.
 */
public final class NegationScope {
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "!", "?", "but", "however", "although", "though");

    private NegationScope() {
    }

    /** For each word, whether it stands inside the scope of a preceding negator. */
    public static boolean[] of(List<String> words, Set<String> negators, int window) {
        boolean[] in = new boolean[words.size()];
        int left = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (negators.contains(w)) {
                left = window;
            } else if (BOUNDARIES.contains(w)) {
                left = 0;
            } else if (left > 0) {
                in[i] = true;
                left--;
            }
        }
        return in;
    }
}
