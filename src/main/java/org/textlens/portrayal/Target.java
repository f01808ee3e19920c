package org.textlens.portrayal;

/**
 * One mention of a target in a document: {@code [start, end)} in code points, the words as written,
 * and the entity (person or organisation) it refers to. A surname or pronoun names the entity by
 * the full name written earlier.
 */
public record Target(int start, int end, String text, String entity) {
}
