package org.textlens.nlp;

import java.util.List;

/** A sentence: its index in the document (from 0), its span, and its tokens in text order. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
