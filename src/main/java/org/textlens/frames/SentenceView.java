package org.textlens.frames;

import java.util.List;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * A sentence as the cue matchers read it: its tokens as written and, position for position,
 * their lower-cased lemmas (punctuation keeps its text, so a phrase never spans a comma).
 */
record SentenceView(List<Token> tokens, List<String> lemmas) {
    int size() {
        return tokens.size();
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    String lemma(int i) {
        return lemmas.get(i);
    }

    TokenKind kind(int i) {
        return tokens.get(i).kind();
    }

    /** Starts with an upper-case letter: a name, or the first word of the sentence. */
    boolean capitalised(int i) {
        String t = text(i);
        return kind(i) == TokenKind.WORD && Character.isUpperCase(t.codePointAt(0));
    }

    /** A word written with an initial capital where a sentence does not demand one. */
    boolean named(int i) {
        return i > 0 && capitalised(i) && !text(i - 1).equals("\"") && !text(i - 1).equals("“") && !text(i - 1).equals(":");
    }
}
