package org.textlens.frames;

/**
 * One cue of a frame: a word, a phrase (matched over lemmas, so "clashes" matches the cue
 * "clash"), or a named pattern such as {@code @reproach}, with the weight it adds to the frame.
 *
 * @param frame the frame it signals
 * @param label how it is shown in the {@code cues} column: the cue as written in the scheme
 * @param weight what one occurrence adds to the frame's score
 */
public record Cue(String frame, String label, double weight) {
}
