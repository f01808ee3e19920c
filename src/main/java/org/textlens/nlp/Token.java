package org.textlens.nlp;

import java.util.Optional;

/**
 * A token: its text as written, its code-point offsets {@code [start, end)}, its normalised form
 * (apostrophes and hyphens unified, case kept), its kind, and a UD part-of-speech tag when the
 * command asked for tagging. Offsets are stored flat rather than as a {@link Span}: a large corpus
 * makes hundreds of millions of tokens, and one object fewer each is worth it.
 */
public record Token(String text, int start, int end, String norm, TokenKind kind, Optional<String> pos) {
    public Token withPos(String tag) {
        return new Token(text, start, end, norm, kind, Optional.of(tag));
    }

    public Span span() {
        return new Span(start, end);
    }
}
