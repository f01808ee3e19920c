package org.textlens.frames;

import java.util.Map;

/**
 * The document-level yes/no decision. A frame is present when its score (the weight of its cues
 * divided by the square root of the document's length in hundreds of words) reaches the frame's
 * presence score and at least {@code distinctCues} different cues of it fired: one word repeated
 * all through a text is a topic, not yet a frame. Built-in schemes set a presence score per frame
 * ({@code @present} lines, calibrated on the development set: docs/frames.md); frames without one
 * use {@code fallback}.
 *
 * @param scores the presence score of each frame that has its own
 * @param fallback the presence score of the other frames
 * @param distinctCues the minimum number of different cues
 */
public record Presence(Map<String, Double> scores, double fallback, int distinctCues) {
    /** The fallback score and cue count when neither the scheme nor the user says otherwise. */
    public static final double DEFAULT_SCORE = 3.0;
    public static final int DEFAULT_CUES = 2;

    public Presence {
        scores = Map.copyOf(scores);
        if (!(fallback >= 0) || distinctCues < 1) {
            throw new IllegalArgumentException("the presence score must be >= 0 and the cue count >= 1");
        }
    }

    /** The scheme's own presence scores. */
    public static Presence of(Scheme scheme) {
        return new Presence(scheme.presence(), DEFAULT_SCORE, DEFAULT_CUES);
    }

    /** One presence score and cue count for every frame, as {@code --presence} asks. */
    public static Presence uniform(double score, int distinctCues) {
        return new Presence(Map.of(), score, distinctCues);
    }

    public double score(String frame) {
        return scores.getOrDefault(frame, fallback);
    }

    public boolean test(String frame, double score, int cues) {
        return cues >= distinctCues && score >= score(frame);
    }
}
