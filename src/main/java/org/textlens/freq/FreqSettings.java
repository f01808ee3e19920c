package org.textlens.freq;

import org.textlens.lexicon.StopWords;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code freq} counts and how: everything the analysis needs, nothing about the CLI.
 *
 * @param minN smallest n-gram length (1 = single words)
 * @param maxN largest n-gram length
 * @param foldCase lower-case every term (the default) or keep it as written
 * @param base how terms are reduced to a base form
 * @param stopWords words that are not counted and cannot begin or end an n-gram
 * @param numbers count number tokens too
 * @param posTags when present, only words with one of these UD tags are counted
 * @param minCount drop terms seen fewer times
 * @param minLength words shorter than this (code points) are treated like stop words
 * @param top keep only the first rows (per document with by-doc), 0 = all
 */
public record FreqSettings(int minN, int maxN, boolean foldCase, BaseForm base, StopWords stopWords,
                           boolean numbers, Optional<Set<String>> posTags, long minCount, int minLength, int top) {

    public enum BaseForm { NONE, STEM, LEMMA }

    public FreqSettings {
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("bad n-gram range " + minN + "-" + maxN);
        }
        posTags = posTags.map(Set::copyOf);
    }
}
