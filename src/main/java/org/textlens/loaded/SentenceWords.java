package org.textlens.loaded;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.nlp.Lemmatizer;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * A sentence's tokens as parallel arrays for matching: the normalised text, its lower-case form and
 * its lemma. Built by one thread's {@link Forms}, which remembers the lemma of every form it saw.
 */
final class SentenceWords {
    final Token[] tokens;
    final String[] lower;
    final String[] lemma;

    private SentenceWords(Token[] tokens, String[] lower, String[] lemma) {
        this.tokens = tokens;
        this.lower = lower;
        this.lemma = lemma;
    }

    int size() {
        return tokens.length;
    }

    String surface(int i) {
        return tokens[i].norm();
    }

    boolean isWord(int i) {
        return tokens[i].kind() == TokenKind.WORD;
    }

    /** Lower-case forms and lemmas, memoised per thread: news repeats its words. */
    static final class Forms {
        private static final int LIMIT = 1 << 18;
        private final Lemmatizer lemmatizer = Lemmatizer.english();
        private final Map<String, String> lemmas = new HashMap<>();

        SentenceWords of(List<Token> sentence) {
            int n = sentence.size();
            Token[] tokens = sentence.toArray(new Token[0]);
            String[] lower = new String[n];
            String[] lemma = new String[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens[i];
                lower[i] = t.norm().toLowerCase(Locale.ROOT);
                lemma[i] = t.kind() == TokenKind.WORD ? lemmaOf(lower[i]) : lower[i];
            }
            return new SentenceWords(tokens, lower, lemma);
        }

        private String lemmaOf(String lower) {
            String known = lemmas.get(lower);
            if (known == null) {
                if (lemmas.size() >= LIMIT) {
                    lemmas.clear();
                }
                known = lemmatizer.lemma(lower);
                lemmas.put(lower, known);
            }
            return known;
        }
    }
}
