package org.textlens.nlp;

import java.util.Optional;

/**
 * A token: its text as written, its span in code points, its normalised form (apostrophes unified,
 * case kept), its kind, and a UD part-of-speech tag when the command asked for tagging.
 */
public record Token(String text, Span span, String norm, TokenKind kind, Optional<String> pos) {
    public Token withPos(String tag) {
        return new Token(text, span, norm, kind, Optional.of(tag));
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }
}
