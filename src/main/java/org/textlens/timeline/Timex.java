package org.textlens.timeline;

/**
 * One temporal expression found in a document: its sentence (from 0), its extent as UTF-16
 * indices {@code [start, end)} into the text, and its normalisation.
 */
public record Timex(int sentence, int start, int end, TimexType type, String value, String mod, String freq, boolean unanchored) {
}
