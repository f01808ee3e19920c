package org.textlens.nlp;

/**
 * Receives tokens without materialising them: {@code text[start, end)} (UTF-16 indices) is the
 * token as written. Lets a counting analysis walk hundreds of millions of tokens without creating
 * an object for each; a plain array, because reading a String through charAt costs a check per
 * character on that path.
 */
public interface TokenVisitor {
    void token(char[] text, int start, int end, TokenKind kind);

    /** The end of a sentence: nothing after it belongs with what came before. */
    void sentenceEnd();
}
