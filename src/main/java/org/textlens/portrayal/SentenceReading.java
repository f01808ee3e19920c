package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.textlens.attribution.Statement;
import org.textlens.lexicon.Modifiers;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.lexicon.StopWords;
import org.textlens.lexicon.Valences;
import org.textlens.nlp.LemmaMemo;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * One sentence as the target features read it: per token its lower-cased form and lemma, its
 * valence from the shared lexicon (VADER's ratings and ours, longest multi-word entry first; a
 * capitalised word inside the sentence is part of a name and carries none), whether a negation in
 * its clause turned it, which clause it belongs to (clauses end at , ; : dashes, brackets, quote
 * marks and before clause openers such as "but", "which", "who", "because"), and which attributed
 * statement holds it. Built once per sentence that holds a target; not thread-safe.
 */
final class SentenceReading {
    /** A negated positive word counts this much of its valence, a negated negative one this much (as in sentiment). */
    static final double NEGATE_POSITIVE = -0.74;
    static final double NEGATE_NEGATIVE = -0.4;
    static final int NEGATION_REACH = 5;

    private static final PhraseMatcher<Double> LEXICON = lexicon();
    private static final Modifiers MODIFIERS = Modifiers.builtin();
    private static final StopWords STOP = StopWords.english();

    final int n;
    final String[] text;
    final String[] lower;
    final String[] lemma;
    final int[] start;
    final int[] end;
    final TokenKind[] kind;
    final boolean[] stop;
    final double[] valence;
    final boolean[] negated;
    final boolean[] negator;
    final int[] clause;
    /** Index into {@link #statements} of the statement holding each token, or -1. */
    final int[] statement;
    final List<Statement> statements;

    private SentenceReading(Sentence sentence, List<Statement> allStatements, LemmaMemo lemmas) {
        List<Token> tokens = sentence.tokens();
        n = tokens.size();
        text = new String[n];
        lower = new String[n];
        lemma = new String[n];
        start = new int[n];
        end = new int[n];
        kind = new TokenKind[n];
        stop = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            text[i] = t.text();
            lower[i] = t.norm().toLowerCase(Locale.ROOT);
            kind[i] = t.kind();
            lemma[i] = t.kind() == TokenKind.WORD ? lemmas.lemma(lower[i]) : lower[i];
            start[i] = t.start();
            end[i] = t.end();
            stop[i] = t.kind() != TokenKind.WORD || STOP.contains(lower[i]);
        }
        valence = new double[n];
        negated = new boolean[n];
        negator = new boolean[n];
        clause = new int[n];
        statement = new int[n];
        Modifiers.Kind[] modifier = new Modifiers.Kind[n];
        readLexicon(modifier);
        readClauses(modifier);
        readNegation();
        statements = new ArrayList<>();
        Arrays.fill(statement, -1);
        for (Statement s : allStatements) {
            if (s.end() <= sentence.span().start() || s.start() >= sentence.span().end()) {
                continue;
            }
            statements.add(s);
            for (int i = 0; i < n; i++) {
                if (s.holds(start[i], end[i])) {
                    statement[i] = statements.size() - 1;
                }
            }
        }
    }

    static SentenceReading of(Sentence sentence, List<Statement> statements, LemmaMemo lemmas) {
        return new SentenceReading(sentence, statements, lemmas);
    }

    private void readLexicon(Modifiers.Kind[] modifier) {
        List<String> words = Arrays.asList(lower);
        int first = firstWord();
        int i = 0;
        while (i < n) {
            Optional<PhraseMatcher.Match<Modifiers.Kind>> mod = MODIFIERS.at(words, i);
            Optional<PhraseMatcher.Match<Double>> entry = LEXICON.longestAt(words, i);
            int modLength = mod.map(PhraseMatcher.Match::length).orElse(0);
            int entryLength = entry.map(PhraseMatcher.Match::length).orElse(0);
            if (modLength > 0 && modLength >= entryLength) {
                modifier[i] = mod.get().value();
                i += modLength;
                continue;
            }
            if (lower[i].endsWith("n't")) {
                modifier[i] = Modifiers.Kind.NEGATION;
            }
            boolean name = i != first && kind[i] == TokenKind.WORD && Character.isUpperCase(text[i].codePointAt(0));
            if (entryLength > 0 && !name) {
                valence[i] = entry.get().value();
                i += entryLength;
            } else {
                i++;
            }
        }
        for (int k = 0; k < n; k++) {
            negator[k] = modifier[k] == Modifiers.Kind.NEGATION;
        }
    }

    private void readClauses(Modifiers.Kind[] modifier) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] == TokenKind.PUNCT && isBoundary(text[i])) {
                clause[i] = c;
                c++;
                continue;
            }
            if (modifier[i] == Modifiers.Kind.CLAUSE && i > 0 && clause[i - 1] == c && kind[i - 1] != TokenKind.PUNCT) {
                c++;
            }
            clause[i] = c;
        }
    }

    private static boolean isBoundary(String punct) {
        int ch = punct.codePointAt(0);
        return ",;:()[]\u2014\u2013\"\u201c\u201d\u00ab\u00bb".indexOf(ch) >= 0 || punct.equals("-") || punct.equals("--");
    }

    /** A negation turns the first sentiment word after it in its clause, within {@value #NEGATION_REACH} words. */
    private void readNegation() {
        for (int i = 0; i < n; i++) {
            if (valence[i] == 0) {
                continue;
            }
            for (int j = i - 1; j >= 0 && i - j <= NEGATION_REACH && clause[j] == clause[i]; j--) {
                if (negator[j]) {
                    valence[i] *= valence[i] > 0 ? NEGATE_POSITIVE : NEGATE_NEGATIVE;
                    negated[i] = true;
                    break;
                }
                if (valence[j] != 0) {
                    break; // the negation took an earlier word
                }
            }
        }
    }

    private int firstWord() {
        for (int i = 0; i < n; i++) {
            if (kind[i] == TokenKind.WORD) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens {@code [from, to)} that a code-point span covers, or an empty range when it covers none. */
    int[] tokensOf(int spanStart, int spanEnd) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < n; i++) {
            if (end[i] > spanStart && start[i] < spanEnd) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, to};
    }

    private static PhraseMatcher<Double> lexicon() {
        PhraseMatcher.Builder<Double> b = PhraseMatcher.builder();
        Valences.builtin().forEach((term, v) -> b.add(Arrays.asList(term.split(" ")), v));
        return b.build();
    }
}
