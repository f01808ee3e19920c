package org.textlens.corpus;

/**
 * Receives a long plain text in consecutive parts, cut after line breaks as it is read, for an
 * analysis that counts a document in pieces: the text is never held whole. The parts of one
 * document arrive in order, the first with {@code first}, the last with {@code last}; each part
 * carries the document's id, date and fields.
 */
public interface TextParts {
    void part(Document part, boolean first, boolean last);
}
