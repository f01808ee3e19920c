package org.textlens.loaded;

import java.util.Arrays;
import org.textlens.nlp.Lemmatizer;
import org.textlens.nlp.Normalization;
import org.textlens.nlp.TokenKind;

/**
 * One sentence's tokens as parallel arrays over the document's characters: where each token is
 * (UTF-16 indices), its kind, its lower-case form, its lemma and where entries may start at it.
 * One instance per thread is filled sentence after sentence ({@link #clear}, {@link #add}), so
 * matching allocates nothing per token.
 */
final class SentenceWords {
    private final FormMemo memo;
    private char[] text = new char[0];
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private TokenKind[] kinds = new TokenKind[64];
    String[] lower = new String[64];
    String[] lemma = new String[64];
    /** Where an entry may start at each token; null where none can. */
    TermMatcher.Start[] entryStarts = new TermMatcher.Start[64];

    SentenceWords(TermMatcher matcher) {
        Lemmatizer lemmatizer = Lemmatizer.english();
        this.memo = new FormMemo(lowerForm -> {
            String lemmaForm = isWordForm(lowerForm) ? lemmatizer.lemma(lowerForm) : lowerForm;
            String adjective = lemmaForm.equals(lowerForm) ? matcher.adjectiveOfAdverb(lowerForm) : null;
            lemmaForm = adjective != null ? adjective : lemmaForm;
            return new FormMemo.Form(lowerForm, lemmaForm, matcher.start(lowerForm, lemmaForm, isWordForm(lowerForm)));
        });
    }

    /** Starts a new sentence of the document whose characters are {@code text}. */
    void clear(char[] text) {
        this.text = text;
        size = 0;
    }

    void add(int start, int end, TokenKind kind) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            kinds = Arrays.copyOf(kinds, n);
            lower = Arrays.copyOf(lower, n);
            lemma = Arrays.copyOf(lemma, n);
            entryStarts = Arrays.copyOf(entryStarts, n);
        }
        FormMemo.Form f = memo.get(text, start, end);
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        lower[size] = f.lower();
        lemma[size] = f.lemma();
        entryStarts[size] = f.start();
        size++;
    }

    int size() {
        return size;
    }

    /** UTF-16 index of the token's first character in the document. */
    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    TokenKind kind(int i) {
        return kinds[i];
    }

    boolean isWord(int i) {
        return kinds[i] == TokenKind.WORD;
    }

    boolean startsLowerCase(int i) {
        return Character.isLowerCase(text[starts[i]]);
    }

    boolean startsUpperCase(int i) {
        return Character.isUpperCase(Character.codePointAt(text, starts[i]));
    }

    /** The token as written, apostrophes and hyphens normalised, case kept. */
    String surface(int i) {
        return Normalization.normalize(new String(text, starts[i], ends[i] - starts[i]));
    }

    /** Whether the token is one character {@code c}, such as a quotation mark or a colon. */
    boolean is(int i, char c) {
        return ends[i] - starts[i] == 1 && text[starts[i]] == c;
    }

    private static boolean isWordForm(String lowerForm) {
        for (int i = 0; i < lowerForm.length(); i++) {
            if (Character.isLetter(lowerForm.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
