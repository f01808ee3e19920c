package org.textlens.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.textlens.nlp.LemmaMemo;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * One sentence's tokens as parallel arrays: text, lower case, lemma, code-point offsets, and UD
 * tags once {@link #tag} has run. Sentences are tagged only when they may hold a statement.
 */
final class Words {
    final Sentence sentence;
    final int n;
    final String[] text;
    final String[] lower;
    final String[] lemma;
    final int[] start;
    final int[] end;
    final TokenKind[] kind;
    private String[] tags;

    Words(Sentence sentence, LemmaMemo lemmas) {
        this.sentence = sentence;
        List<Token> tokens = sentence.tokens();
        n = tokens.size();
        text = new String[n];
        lower = new String[n];
        lemma = new String[n];
        start = new int[n];
        end = new int[n];
        kind = new TokenKind[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            text[i] = t.text();
            lower[i] = t.norm().toLowerCase(Locale.ROOT);
            lemma[i] = t.kind() == TokenKind.WORD ? lemmas.lemma(lower[i]) : lower[i];
            start[i] = t.start();
            end[i] = t.end();
            kind[i] = t.kind();
        }
    }

    /** Tags the sentence with {@link WordClasses}; {@code lowerElsewhere} tells whether the document writes a word in lower case. */
    void tag(java.util.function.Predicate<String> lowerElsewhere) {
        if (tags == null) {
            tags = WordClasses.tag(this, lowerElsewhere);
        }
    }

    /** The UD tag of token {@code i} ({@code X} if the sentence was not tagged); "PROPN+PART" counts as PROPN. */
    String tag(int i) {
        if (tags == null) {
            return "X";
        }
        String t = tags[i];
        int plus = t.indexOf('+');
        return plus > 0 ? t.substring(0, plus) : t;
    }

    boolean is(int i, String word) {
        return i >= 0 && i < n && lower[i].equals(word);
    }

    boolean isPunct(int i, String chars) {
        return i >= 0 && i < n && kind[i] == TokenKind.PUNCT && text[i].length() == 1 && chars.indexOf(text[i].charAt(0)) >= 0;
    }

    /** A quote mark; not the apostrophe of a plural possessive ("the Residents' Forum"). */
    boolean isQuoteMark(int i) {
        return i >= 0 && i < n && kind[i] == TokenKind.PUNCT && QuoteScanner.isQuoteMark(text[i].codePointAt(0)) && !isPossessive(i);
    }

    boolean isPossessive(int i) {
        int c = text[i].codePointAt(0);
        return (c == '\'' || c == '\u2019') && i > 0 && kind[i - 1] == TokenKind.WORD && end[i - 1] == start[i]
            && (lower[i - 1].endsWith("s") || lower[i - 1].endsWith("z"));
    }

    /**
     * Whether token {@code i} is the full stop of an abbreviation inside a name: a title ("Mr.",
     * "Sen.", "Gov."), an initial ("Donald J. Trump") or "Jr.", followed by more of the sentence.
     */
    boolean isAbbreviationStop(int i) {
        if (!isPunct(i, ".") || i == 0 || i + 1 >= n || kind[i - 1] != TokenKind.WORD || end[i - 1] != start[i]) {
            return false;
        }
        String before = lower[i - 1];
        return SpeakerFinder.isAbbreviatedTitle(before) || before.equals("jr") || before.equals("sr")
            || text[i - 1].length() == 1 && Character.isUpperCase(text[i - 1].charAt(0));
    }

    boolean capitalised(int i) {
        return kind[i] == TokenKind.WORD && Character.isUpperCase(text[i].codePointAt(0));
    }

    /** The index of the first token starting at or after code point {@code at}, or {@code n}. */
    int indexAt(int at) {
        int k = Arrays.binarySearch(start, at);
        if (k >= 0) {
            return k;
        }
        return -k - 1;
    }
}
