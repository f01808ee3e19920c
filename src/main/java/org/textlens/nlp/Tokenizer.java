package org.textlens.nlp;

import java.util.List;

/** Splits one sentence of a text into tokens. Instances may hold per-thread state. */
interface Tokenizer {
    /** Tokens of {@code text[start, end)} (UTF-16 indices), with spans from {@code index}. */
    List<Token> tokenize(String text, int start, int end, CodePointIndex index);
}
