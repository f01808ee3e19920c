package org.textlens.loaded;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code --skip-repeats}: keeps the hits of a sentence only in the first document it occurs in.
 * Scraped news pages carry furniture that repeats verbatim from page to page (a reader poll, a
 * newsletter box, a syndication line); its loaded wording belongs to the site, not to each article.
 * Sentences are compared by their text with runs of white space made one space. Rows must come in
 * output order (one document's rows together), as the runner delivers them, so the result does not
 * depend on the number of threads. Memory: one entry per distinct sentence that has a hit.
 */
public final class RepeatedSentences implements Predicate<HitRow> {
    private final Map<Long, Long> firstDocument = new HashMap<>();

    /** Whether {@code row} is kept: its sentence has not occurred in an earlier document. */
    @Override
    public boolean test(HitRow row) {
        return firstDocument.computeIfAbsent(row.sentenceKey(), k -> row.document()) == row.document();
    }

    /** A 64-bit FNV-1a hash of {@code text[from, to)} with each run of white space read as one space. */
    static long key(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * 0x100000001b3L;
                space = false;
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }
}
