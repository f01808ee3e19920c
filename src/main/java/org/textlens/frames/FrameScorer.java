package org.textlens.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * Finds the cues of a scheme in a sentence and sums their weights per frame. Keeps a memo of
 * word forms to lemmas, so it belongs to one thread.
 */
final class FrameScorer {
    private static final int MEMO_LIMIT = 200_000;

    private final Scheme scheme;
    /** A token's normalised text, its lower-cased form and that form's lemma. */
    private record Word(String form, String lemma) {
    }

    private final Map<String, Word> words = new HashMap<>();

    private final Map<String, Integer> frameIndex = new HashMap<>();

    FrameScorer(Scheme scheme) {
        this.scheme = scheme;
        for (String frame : scheme.frames()) {
            frameIndex.put(frame, frameIndex.size());
        }
    }

    SentenceFrames score(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<String> formList = new ArrayList<>(tokens.size());
        List<String> lemmaList = new ArrayList<>(tokens.size());
        int wordCount = 0;
        for (Token t : tokens) {
            Word w = word(t.norm());
            formList.add(w.form());
            if (t.kind() == TokenKind.WORD) {
                lemmaList.add(w.lemma());
                wordCount++;
            } else {
                lemmaList.add(w.form());
            }
        }
        int n = scheme.frames().size();
        double[] scores = new double[n];
        List<Map<String, Integer>> fired = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            fired.add(null);
        }
        // each frame reads the sentence longest-first on its own: a long cue of one frame does not
        // hide a shorter cue of another, but does hide the frame's own shorter cues inside it
        int[] freeFrom = new int[n];
        for (int i = 0; i < tokens.size(); i++) {
            List<PhraseMatcher.Match<List<Cue>>> matches = scheme.lemmaPhrases().allAt(lemmaList, i);
            List<PhraseMatcher.Match<List<Cue>>> byForm = scheme.formPhrases().allAt(formList, i);
            if (!byForm.isEmpty()) {
                matches = new ArrayList<>(matches);
                matches.addAll(byForm);
                matches.sort((a, b) -> Integer.compare(b.length(), a.length()));
            }
            for (PhraseMatcher.Match<List<Cue>> m : matches) {
                fire(m.value(), i, m.length(), freeFrom, scores, fired);
            }
            if (tokens.get(i).kind() == TokenKind.WORD && !scheme.formWords().isEmpty()) {
                int at = i;
                scheme.formWords().find(formList.get(i)).ifPresent(cues -> fire(cues, at, 1, freeFrom, scores, fired));
            }
        }
        if (!scheme.patterns().isEmpty()) {
            SentenceView view = new SentenceView(tokens, lemmaList);
            scheme.patterns().forEach((pattern, cues) -> {
                int count = pattern.count(view);
                if (count > 0) {
                    cues.stream().filter(cue -> cue.weight() > 0)
                        .forEach(cue -> add(frameIndex.get(cue.frame()), cue, count, scores, fired));
                }
            });
        }
        List<List<SentenceFrames.CueCount>> cues = new ArrayList<>(n);
        for (Map<String, Integer> m : fired) {
            cues.add(m == null ? List.of()
                : m.entrySet().stream().map(e -> new SentenceFrames.CueCount(e.getKey(), e.getValue())).toList());
        }
        return new SentenceFrames(wordCount, scores, cues);
    }

    /** Fires the cues of a match at {@code at} for the frames whose own reading has not covered it yet. */
    private void fire(List<Cue> cues, int at, int length, int[] freeFrom, double[] scores, List<Map<String, Integer>> fired) {
        for (Cue cue : cues) {
            int f = frameIndex.get(cue.frame());
            if (at >= freeFrom[f]) {
                freeFrom[f] = at + length;
                if (cue.weight() > 0) {
                    add(f, cue, 1, scores, fired);
                }
            }
        }
    }

    private static void add(int f, Cue cue, int count, double[] scores, List<Map<String, Integer>> fired) {
        scores[f] += cue.weight() * count;
        if (fired.get(f) == null) {
            fired.set(f, new LinkedHashMap<>());
        }
        fired.get(f).merge(cue.label(), count, Integer::sum);
    }

    /** The lemma of a token's normalised text, as cues are matched (memoised). */
    String lemma(String norm) {
        return word(norm).lemma();
    }

    /** The memoised form and lemma of a token; the memo is bounded, as a corpus of endless rare words must not grow it forever. */
    private Word word(String norm) {
        Word w = words.get(norm);
        if (w == null) {
            if (words.size() >= MEMO_LIMIT) {
                words.clear();
            }
            String form = norm.toLowerCase(Locale.ROOT);
            w = new Word(form, SchemeBuilder.lemma(form));
            words.put(norm, w);
        }
        return w;
    }
}
