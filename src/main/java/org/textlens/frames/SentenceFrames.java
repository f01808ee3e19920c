package org.textlens.frames;

import java.util.List;

/**
 * What the cues of one sentence add to each frame, indexed as the scheme's frames.
 *
 * @param words the sentence's word tokens, for length normalisation
 * @param scores the summed weights of each frame's cues
 * @param cues each frame's cues that fired, in order of first occurrence, with their counts
 */
record SentenceFrames(int words, double[] scores, List<List<CueCount>> cues) {
    /** A cue and how often it fired. */
    record CueCount(String label, int count) {
        @Override
        public String toString() {
            return count == 1 ? label : label + " (" + count + ")";
        }
    }
}
