package org.textlens.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * The sort key of a ranked list: a score (a count, a G2) and the term. Lists are ordered by score
 * descending, then term, as the CLI orders them; equal scores share a rank.
 */
record Ranked(double score, String term) implements Serializable {
    /** Score descending, then term ascending: the documented order of every ranked list. */
    static final class Order implements Comparator<Ranked>, Serializable {
        @Override
        public int compare(Ranked a, Ranked b) {
            int byScore = Double.compare(b.score, a.score);
            return byScore != 0 ? byScore : a.term.compareTo(b.term);
        }
    }
}
