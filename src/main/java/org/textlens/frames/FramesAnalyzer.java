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
    private static final int EXPLAIN_TOP = 8;

    private final Scheme scheme;
    private final Presence presence;
    private final ThreadLocal<FrameScorer> scorers;
    private final FramesModel model;

    public FramesAnalyzer(Scheme scheme, Presence presence) {
        this(scheme, presence, null);
    }

    /**
     * @param model a learned model that decides documents, or null for the rules alone. When the
     *     model's frames are all frames of the scheme, documents get a row per frame of the scheme,
     *     decided by the model where it has the frame and by the rules elsewhere; otherwise a row per
     *     frame of the model.
     */
    public FramesAnalyzer(Scheme scheme, Presence presence, FramesModel model) {
        this.scheme = scheme;
        this.presence = presence;
        this.scorers = ThreadLocal.withInitial(() -> new FrameScorer(scheme));
        this.model = model;
    }

    /** The frames document rows are written for, in order. */
    public List<String> documentFrames() {
        if (model == null || !scheme.frames().containsAll(model.frames())) {
            return model == null ? scheme.frames() : model.frames();
        }
        return scheme.frames();
    }

    /** The features a frames model reads from a document (for training). */
    public org.textlens.learn.FeatureVector features(AnnotatedDocument doc) {
        return documentFrames(doc, true).features(scheme.frames(), presence);
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
        return documents(primary, false);
    }

    /**
     * One row per frame ({@link #documentFrames()}) for every document; with {@code primary}, the
     * dominant frame marked; with {@code explain}, the features that weighed most in a model's decision.
     * With a model, a frame it decides has {@code score} = its probability of being present.
     */
    public DocumentAnalyzer<FrameDocumentRow> documents(boolean primary, boolean explain) {
        if (model != null) {
            return doc -> modelRows(doc, primary, explain).stream();
        }
        return doc -> {
            DocumentFrames frames = documentFrames(doc, false);
            int dominant = frames.dominant();
            List<FrameDocumentRow> rows = new ArrayList<>(scheme.frames().size());
            for (int f = 0; f < scheme.frames().size(); f++) {
                String frame = scheme.frames().get(f);
                rows.add(new FrameDocumentRow(doc.doc().id(), frame, frames.score(f), frames.share(f),
                    presence.test(frame, frames.score(f), frames.distinctCues(f)), f == dominant, primary,
                    explain ? "rules" : null));
            }
            return rows.stream();
        };
    }

    private List<FrameDocumentRow> modelRows(AnnotatedDocument doc, boolean primary, boolean explain) {
        DocumentFrames frames = documentFrames(doc, true);
        org.textlens.learn.FeatureVector x = frames.features(scheme.frames(), presence);
        List<String> names = documentFrames();
        double[] score = new double[names.size()];
        double[] share = new double[names.size()];
        boolean[] present = new boolean[names.size()];
        String[] evidence = new String[names.size()];
        int dominant = -1;
        for (int i = 0; i < names.size(); i++) {
            String frame = names.get(i);
            int f = scheme.frames().indexOf(frame);
            share[i] = f < 0 ? 0 : frames.share(f);
            org.textlens.learn.LabelModel m = model.frame(frame);
            if (m == null) {
                score[i] = frames.score(f);
                present[i] = presence.test(frame, score[i], frames.distinctCues(f));
                evidence[i] = explain ? "rules" : null;
            } else {
                score[i] = m.probabilities(x)[1];
                present[i] = score[i] >= 0.5;
                evidence[i] = explain ? String.join("; ", m.predict(x).explanation().evidence(EXPLAIN_TOP)) : null;
                if (present[i] && (dominant < 0 || score[i] > score[dominant])) {
                    dominant = i;
                }
            }
        }
        List<FrameDocumentRow> rows = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            rows.add(new FrameDocumentRow(doc.doc().id(), names.get(i), score[i], share[i], present[i], i == dominant, primary,
                evidence[i]));
        }
        return rows;
    }

    private DocumentFrames documentFrames(AnnotatedDocument doc, boolean withFeatures) {
        FrameScorer scorer = scorers.get();
        int n = scheme.frames().size();
        double[] totals = new double[n];
        List<Set<String>> cues = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            cues.add(new HashSet<>());
        }
        int words = 0;
        java.util.Map<String, Integer> cueCounts = withFeatures ? FrameFeatures.newCounts() : null;
        java.util.Map<String, Integer> lemmas = withFeatures ? FrameFeatures.newCounts() : null;
        for (Sentence s : doc.sentences()) {
            SentenceFrames frames = scorer.score(s);
            words += frames.words();
            for (int f = 0; f < n; f++) {
                totals[f] += frames.scores()[f];
                for (SentenceFrames.CueCount c : frames.cues().get(f)) {
                    cues.get(f).add(c.label());
                    if (withFeatures) {
                        cueCounts.merge("cue:" + scheme.frames().get(f) + "=" + c.label(), c.count(), Integer::sum);
                    }
                }
            }
            if (withFeatures) {
                FrameFeatures.countLemmas(s, scorer, lemmas);
            }
        }
        return new DocumentFrames(words, totals, cues.stream().mapToInt(Set::size).toArray(), cueCounts, lemmas);
    }

    /** A document's frame totals, and with features its cue and lemma counts. */
    private record DocumentFrames(int words, double[] totals, int[] distinct, java.util.Map<String, Integer> cueCounts,
                                  java.util.Map<String, Integer> lemmas) {
        org.textlens.learn.FeatureVector features(List<String> frames, Presence presence) {
            double[] scores = new double[totals.length];
            boolean[] present = new boolean[totals.length];
            for (int f = 0; f < scores.length; f++) {
                scores[f] = score(f);
                present[f] = presence.test(frames.get(f), scores[f], distinct[f]);
            }
            return FrameFeatures.of(frames, scores, distinct, present, cueCounts, lemmas);
        }

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
