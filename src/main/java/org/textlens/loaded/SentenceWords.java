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
    /** Where an entry may start at each token; null where none can. */
    final TermMatcher.Start[] starts;

    private SentenceWords(Token[] tokens, String[] lower, String[] lemma, TermMatcher.Start[] starts) {
        this.tokens = tokens;
        this.lower = lower;
        this.lemma = lemma;
        this.starts = starts;
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
     * Lower-case forms, their lemmas and where entries may start at them, memoised per thread and
     * lexicon: news repeats its words. A small direct-mapped table in front of the memo answers
     * the frequent words from the processor's cache.
     */
    static final class Forms {
        private static final int LIMIT = 1 << 18;
        private static final int RECENT = 1 << 13;
        private final Lemmatizer lemmatizer = Lemmatizer.english();
        private final TermMatcher matcher;
        private final Map<String, Form> forms = new HashMap<>();
        private final String[] recentKeys = new String[RECENT];
        private final Form[] recentForms = new Form[RECENT];

        private record Form(String lemma, TermMatcher.Start start) {
        }

        Forms(TermMatcher matcher) {
            this.matcher = matcher;
        }

        SentenceWords of(List<Token> sentence) {
            int n = sentence.size();
            Token[] tokens = sentence.toArray(new Token[0]);
            String[] lower = new String[n];
            String[] lemma = new String[n];
            TermMatcher.Start[] starts = new TermMatcher.Start[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens[i];
                lower[i] = t.norm().toLowerCase(Locale.ROOT);
                Form f = formOf(lower[i], t.kind() == TokenKind.WORD);
                lemma[i] = f.lemma();
                starts[i] = f.start();
            }
            return new SentenceWords(tokens, lower, lemma, starts);
        }

        private Form formOf(String lower, boolean word) {
            int slot = lower.hashCode() & (RECENT - 1);
            if (lower.equals(recentKeys[slot])) {
                return recentForms[slot];
            }
            Form known = forms.get(lower);
            if (known == null) {
                if (forms.size() >= LIMIT) {
                    forms.clear();
                }
                String lemma = word ? lemmatizer.lemma(lower) : lower;
                known = new Form(lemma, matcher.start(lower, lemma, word));
                forms.put(lower, known);
            }
            recentKeys[slot] = lower;
            recentForms[slot] = known;
            return known;
        }
    }
}
