package org.textlens.nlp;

/** What a token is made of; analysers count words, and use punctuation as a boundary. */
public enum TokenKind {
    /** Contains at least one letter, e.g. {@code talks}, {@code US-backed}, {@code G7's}. */
    WORD,
    /** Digits with optional internal separators, e.g. {@code 2014}, {@code 1,200}, {@code 2.5}. */
    NUMBER,
    /** Anything else: punctuation and symbols, one token per character run. */
    PUNCT;

    /** Classifies a token's text: a letter makes a word, digits alone a number. */
    public static TokenKind of(CharSequence text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(Character.codePointAt(text, i))) {
                return WORD;
            }
            digit |= Character.isDigit(c);
        }
        return digit ? NUMBER : PUNCT;
    }
}
