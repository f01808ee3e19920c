package org.textlens.frames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.Features;
import org.textlens.lexicon.StopWords;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * The features a learned frames model reads from one document, {@value #VERSION}:
 * <ul>
 * <li>the rules' verdict for every frame of the scheme: {@code rules:FRAME} = log(1 + its document
 * score), {@code rules_cues:FRAME} = log(1 + the number of distinct cues that fired), and
 * {@code rules_present=FRAME} when the rules find the frame present;</li>
 * <li>each cue that fired, {@code cue:FRAME=CUE}, and each content lemma, {@code lemma=X} (stop words
 * and numbers left out), counted and scaled together to unit length, so a long article weighs no
 * more than a short one.</li>
 * </ul>
 */
public final class FrameFeatures {
    /** Recorded in model files; a model trained on other features is refused. */
    public static final String VERSION = "frames-features-1";

    private static final StopWords STOP = StopWords.english();

    private FrameFeatures() {
    }

    static FeatureVector of(List<String> frames, double[] scores, int[] distinct, boolean[] present, Map<String, Integer> cues, Map<String, Integer> lemmas) {
        Features f = new Features();
        double norm = 0;
        for (int v : cues.values()) {
            norm += (double) v * v;
        }
        for (int v : lemmas.values()) {
            norm += (double) v * v;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        cues.forEach((name, count) -> f.add(name, count * scale));
        lemmas.forEach((lemma, count) -> f.add("lemma=" + lemma, count * scale));
        for (int i = 0; i < frames.size(); i++) {
            f.measure("rules:" + frames.get(i), Math.log1p(Math.max(0, scores[i])));
            f.measure("rules_cues:" + frames.get(i), Math.log1p(distinct[i]));
            if (present[i]) {
                f.indicator("rules_present", frames.get(i));
            }
        }
        return f.build();
    }

    /** Counts a sentence's content lemmas into {@code lemmas}. */
    static void countLemmas(Sentence sentence, FrameScorer scorer, Map<String, Integer> lemmas) {
        for (Token t : sentence.tokens()) {
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String lemma = scorer.lemma(t.norm());
            if (lemma.length() > 1 && !STOP.contains(lemma) && lemma.chars().anyMatch(Character::isLetter)) {
                lemmas.merge(lemma, 1, Integer::sum);
            }
        }
    }

    static Map<String, Integer> newCounts() {
        return new HashMap<>();
    }
}
