package org.textlens.learn;

/** A span of tokens {@code [start, end)} of one type. */
public record TokenSpan(int start, int end, String type) {
}
