package org.textlens.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Sentence;

/**
 * The frames of each sentence, or of each whole document. Thread-safe: each thread scores with
 * its own {@link FrameScorer}.
 */
public final class FramesAnalyzer {
    private final Scheme scheme;
    private final Presence presence;
    private final ThreadLocal<FrameScorer> scorers;

    public FramesAnalyzer(Scheme scheme, Presence presence) {
        this.scheme = scheme;
        this.presence = presence;
        this.scorers = ThreadLocal.withInitial(() -> new FrameScorer(scheme));
    }

    /** One row per sentence and frame whose score is positive and at least {@code minScore}, frames in scheme order. */
    public DocumentAnalyzer<FrameSentenceRow> sentences(double minScore) {
        return doc -> {
            FrameScorer scorer = scorers.get();
            List<FrameSentenceRow> rows = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                SentenceFrames frames = scorer.score(s);
                for (int f = 0; f < frames.scores().length; f++) {
                    double score = frames.scores()[f];
                    if (score > 0 && score >= minScore) {
                        String cues = frames.cues().get(f).stream().map(Object::toString).collect(Collectors.joining("; "));
                        rows.add(new FrameSentenceRow(doc.doc().id(), s.index(), s.span().start(), s.span().end(),
                            scheme.frames().get(f), score, cues));
                    }
                }
            }
            return rows.stream();
        };
    }

    /** One row per frame of the scheme for every document; with {@code primary}, the dominant frame marked. */
    public DocumentAnalyzer<FrameDocumentRow> documents(boolean primary) {
        return doc -> {
            DocumentFrames frames = documentFrames(doc);
            int dominant = frames.dominant();
            List<FrameDocumentRow> rows = new ArrayList<>(scheme.frames().size());
            for (int f = 0; f < scheme.frames().size(); f++) {
                String frame = scheme.frames().get(f);
                rows.add(new FrameDocumentRow(doc.doc().id(), frame, frames.score(f), frames.share(f),
                    presence.test(frame, frames.score(f), frames.distinctCues(f)), f == dominant, primary));
            }
            return rows.stream();
        };
    }

    private DocumentFrames documentFrames(AnnotatedDocument doc) {
        FrameScorer scorer = scorers.get();
        int n = scheme.frames().size();
        double[] totals = new double[n];
        List<Set<String>> cues = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            cues.add(new HashSet<>());
        }
        int words = 0;
        for (Sentence s : doc.sentences()) {
            SentenceFrames frames = scorer.score(s);
            words += frames.words();
            for (int f = 0; f < n; f++) {
                totals[f] += frames.scores()[f];
                for (SentenceFrames.CueCount c : frames.cues().get(f)) {
                    cues.get(f).add(c.label());
                }
            }
        }
        return new DocumentFrames(words, totals, cues.stream().mapToInt(Set::size).toArray());
    }

    /** A document's frame totals. */
    private record DocumentFrames(int words, double[] totals, int[] distinct) {
        /**
         * The cue weight over the square root of the length in hundreds of words: a longer text
         * needs more cues for the same score, but not proportionally more, since a frame is
         * present when some passages carry it, not all of them.
         */
        double score(int f) {
            return words == 0 ? 0 : totals[f] / Math.sqrt(words / 100.0);
        }

        double share(int f) {
            double all = java.util.Arrays.stream(totals).sum();
            return all == 0 ? 0 : totals[f] / all;
        }

        int distinctCues(int f) {
            return distinct[f];
        }

        /** The frame with the highest score, the earlier in the scheme on a tie; -1 when no cue fired. */
        int dominant() {
            int best = -1;
            for (int f = 0; f < totals.length; f++) {
                if (totals[f] > 0 && (best < 0 || totals[f] > totals[best])) {
                    best = f;
                }
            }
            return best;
        }
    }
}
