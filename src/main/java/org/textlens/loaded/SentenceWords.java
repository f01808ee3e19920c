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
    /** Whether an entry may start at the token (its form or lemma is the first word of an entry). */
    final boolean[] mayStart;

    private SentenceWords(Token[] tokens, String[] lower, String[] lemma, boolean[] mayStart) {
        this.tokens = tokens;
        this.lower = lower;
        this.lemma = lemma;
        this.mayStart = mayStart;
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

    /**
     * Lower-case forms, their lemmas and whether they may start an entry, memoised per thread and
     * lexicon: news repeats its words, so most tokens cost one hash look-up.
     */
    static final class Forms {
        private static final int LIMIT = 1 << 18;
        private final Lemmatizer lemmatizer = Lemmatizer.english();
        private final TermMatcher matcher;
        private final Map<String, Form> forms = new HashMap<>();

        private record Form(String lemma, boolean mayStart) {
        }

        Forms(TermMatcher matcher) {
            this.matcher = matcher;
        }

        SentenceWords of(List<Token> sentence) {
            int n = sentence.size();
            Token[] tokens = sentence.toArray(new Token[0]);
            String[] lower = new String[n];
            String[] lemma = new String[n];
            boolean[] mayStart = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens[i];
                lower[i] = t.norm().toLowerCase(Locale.ROOT);
                Form f = formOf(lower[i], t.kind() == TokenKind.WORD);
                lemma[i] = f.lemma();
                mayStart[i] = f.mayStart();
            }
            return new SentenceWords(tokens, lower, lemma, mayStart);
        }

        private Form formOf(String lower, boolean word) {
            Form known = forms.get(lower);
            if (known == null) {
                if (forms.size() >= LIMIT) {
                    forms.clear();
                }
                String lemma = word ? lemmatizer.lemma(lower) : lower;
                known = new Form(lemma, matcher.mayStart(lower, lemma, word));
                forms.put(lower, known);
            }
            return known;
        }
    }
}
