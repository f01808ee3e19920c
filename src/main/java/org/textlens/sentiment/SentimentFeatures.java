package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.FeatureList;
import org.textlens.lexicon.Modifiers;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.LemmaMemo;

/**
 * The features a learned sentiment model reads from one unit of text (a sentence, or a whole
 * document with {@code --unit document}), {@value #VERSION}:
 * <ul>
 * <li>the rules' verdict: {@code rules} = the compound score, {@code rules:pos} and {@code rules:neg}
 * = the positive and negative shares;</li>
 * <li>lemmas ({@code lemma=X}) and lemma pairs ({@code 2gram=X Y}), with {@code neg:lemma=X} for a
 * lemma up to three words after a negation in its clause; this block is scaled to unit length, so
 * a long text weighs no more than a short one;</li>
 * <li>{@code mark=!} and {@code mark=?} when the text has them.</li>
 * </ul>
 * Not thread-safe: one instance per worker thread (it memoises lemmas).
 */
public final class SentimentFeatures {
    /** Recorded in model files; a model trained on other features is refused. */
    public static final String VERSION = "sentiment-features-1";
    private static final int NEGATION_REACH = 3;

    private final SentimentLexicon lexicon;
    private final Modifiers modifiers = Modifiers.builtin();
    private final LemmaMemo lemmas = new LemmaMemo();

    public SentimentFeatures(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The features of {@code text}, whose rule score is {@code rules}. */
    public FeatureVector of(String text, SentenceScore rules) {
        return list(SentenceWords.split(text, lexicon::isEntry), rules).toVector();
    }

    /** The features of a unit split into {@code split}, whose rule score is {@code rules}, in the order made. */
    FeatureList list(SentenceWords.Split split, SentenceScore rules) {
        List<Word> words = split.words();
        List<String> lower = new ArrayList<>(words.size());
        for (Word w : words) {
            lower.add(w.lower());
        }
        boolean[] negated = negationScope(words, lower);
        Map<String, Double> block = new HashMap<>();
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.hasLetter() && !lexicon.isEntry(w.lower())) {
                previous = null;
                continue;
            }
            String lemma = lemma(w.lower());
            block.merge((negated[i] ? "neg:lemma=" : "lemma=") + lemma, 1.0, Double::sum);
            if (previous != null) {
                block.merge("2gram=" + previous + " " + lemma, 1.0, Double::sum);
            }
            previous = w.clauseEndsAfter() ? null : lemma;
        }
        FeatureList f = new FeatureList();
        double norm = 0;
        for (double v : block.values()) {
            norm += v * v;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        block.forEach((name, count) -> f.add(name, count * scale));
        f.add("rules", rules.compound());
        f.add("rules:pos", rules.pos());
        f.add("rules:neg", rules.neg());
        if (split.exclamations() > 0) {
            f.add("mark=!", 1);
        }
        if (split.questions() > 0) {
            f.add("mark=?", 1);
        }
        return f;
    }

    /** Words up to {@value #NEGATION_REACH} after a negation ("not", "never", "-n't"), inside its clause. */
    private boolean[] negationScope(List<Word> words, List<String> lower) {
        boolean[] in = new boolean[words.size()];
        int left = 0;
        for (int i = 0; i < words.size(); i++) {
            Modifiers.Kind kind = modifiers.at(lower, i).map(PhraseMatcher.Match::value).orElse(null);
            if (left > 0) {
                if (kind == Modifiers.Kind.CLAUSE) {
                    left = 0;
                } else {
                    in[i] = true;
                    left--;
                }
            }
            if (kind == Modifiers.Kind.NEGATION || words.get(i).isNegatedForm()) {
                left = NEGATION_REACH;
            }
            if (words.get(i).clauseEndsAfter()) {
                left = 0;
            }
        }
        return in;
    }

    private String lemma(String lower) {
        return lemmas.lemma(lower);
    }
}
