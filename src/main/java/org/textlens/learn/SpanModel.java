package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags tokens with BIO tags and reads spans off them: a per-token label model over the tokens'
 * features (add neighbours' features with {@link #window}), decoded by Viterbi over the tags'
 * log-softmax scores under the BIO constraint (I-X only after B-X or I-X), so every output is a
 * well-formed tagging.
 */
public final class SpanModel {
    private final LabelModel tagger;

    public SpanModel(LinearModel model) {
        if (model.task() != Task.SPAN) {
            throw new IllegalArgumentException("not a span model: " + model.task());
        }
        this.tagger = new LabelModel(model);
    }

    public static SpanModel train(List<TokenSequence> data, TrainingOptions options) {
        List<Labelled> tokens = new ArrayList<>();
        for (TokenSequence s : data) {
            for (int i = 0; i < s.tokens().size(); i++) {
                tokens.add(new Labelled(s.tokens().get(i), s.tags().get(i)));
            }
        }
        return new SpanModel(LabelModel.fit(Task.SPAN, tokens, options));
    }

    /**
     * Each token's features plus its neighbours' within {@code width}, prefixed by their offset
     * ({@code -1:lemma=the}, {@code +1:lemma=cat}).
     */
    public static List<FeatureVector> window(List<FeatureVector> tokens, int width) {
        List<FeatureVector> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Features f = new Features();
            f.addAll(tokens.get(i));
            for (int d = -width; d <= width; d++) {
                int j = i + d;
                if (d != 0 && j >= 0 && j < tokens.size()) {
                    FeatureVector n = tokens.get(j);
                    for (int k = 0; k < n.size(); k++) {
                        f.add((d < 0 ? Integer.toString(d) : "+" + d) + ":" + n.name(k), n.value(k));
                    }
                }
            }
            out.add(f.build());
        }
        return out;
    }

    public LinearModel linear() {
        return tagger.linear();
    }

    /**
     * The same model with the score of {@code O} (outside every span) lowered by {@code shift}: a
     * positive shift makes the tagger readier to open and extend spans (more recall, less
     * precision), as a lower decision threshold does for a label. The shift goes into the bias of
     * the column that scores {@code O}, so explanations still add up to the scores.
     */
    public SpanModel favouringSpans(double shift) {
        int c = outsideColumn();
        return c < 0 || shift == 0 ? this : new SpanModel(linear().withBias(c, linear().bias(c) - shift));
    }

    /**
     * The tag scores that {@link #favouringSpans favouringSpans(shift)} would give a token whose
     * scores under this model are {@code scores} (in {@link #tags()} order), without building it.
     */
    public double[] favouringSpans(double[] scores, double shift) {
        double[] out = scores.clone();
        int o = tags().indexOf(Bio.OUTSIDE);
        if (o < 0) {
            return out;
        }
        if (linear().columns().size() == 1 && out.length == 2) {
            out[o] -= shift;     // the one column scores O; the other tag's score is its negation
            out[1 - o] += shift;
        } else {
            out[o] -= shift;
        }
        return out;
    }

    /** The column whose score is that of {@code O} (a two-tag model's one column scores its last tag), or -1. */
    int outsideColumn() {
        return linear().columns().indexOf(Bio.OUTSIDE);
    }

    public List<String> tags() {
        return tagger.labels();
    }

    /** The best well-formed tag sequence. */
    public List<String> tag(List<FeatureVector> tokens) {
        double[][] scores = new double[tokens.size()][];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = tagger.scores(tokens.get(i));
        }
        return decode(scores);
    }

    /** The decision score of every tag for one token, in {@link #tags()} order. */
    public double[] scores(FeatureVector token) {
        return tagger.scores(token);
    }

    /**
     * The best well-formed tag sequence for tokens whose decision scores are given (one row per
     * token, in {@link #tags()} order, as {@link #scores} gives them): for callers that compute the
     * scores of many tokens faster than one feature vector each, e.g. from weights cached per word.
     */
    public List<String> decode(double[][] scores) {
        List<String> tags = tagger.labels();
        int n = scores.length;
        int k = tags.size();
        if (n == 0) {
            return List.of();
        }
        double[][] best = new double[n][k];
        int[][] back = new int[n][k];
        for (int i = 0; i < n; i++) {
            double[] local = logSoftmax(scores[i]);
            for (int t = 0; t < k; t++) {
                best[i][t] = Double.NEGATIVE_INFINITY;
                back[i][t] = -1;
                if (i == 0) {
                    if (Bio.allowed(null, tags.get(t))) {
                        best[i][t] = local[t];
                    }
                    continue;
                }
                for (int p = 0; p < k; p++) {
                    if (best[i - 1][p] > Double.NEGATIVE_INFINITY && Bio.allowed(tags.get(p), tags.get(t))) {
                        double s = best[i - 1][p] + local[t];
                        if (s > best[i][t]) {
                            best[i][t] = s;
                            back[i][t] = p;
                        }
                    }
                }
            }
        }
        int t = 0;
        for (int c = 1; c < k; c++) {
            if (best[n - 1][c] > best[n - 1][t]) {
                t = c;
            }
        }
        String[] out = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = tags.get(t);
            t = back[i][t];
        }
        return List.of(out);
    }

    /** The spans of the best tagging. */
    public List<TokenSpan> spans(List<FeatureVector> tokens) {
        return Bio.spans(tag(tokens));
    }

    /** Why token {@code x} scores as {@code tag} (a two-tag model explains its one column). */
    public Explanation explain(FeatureVector x, String tag) {
        List<String> tags = tagger.labels();
        int c = tags.indexOf(tag);
        if (c < 0) {
            throw new IllegalArgumentException("unknown tag " + tag);
        }
        return tagger.linear().columns().size() == 1 ? tagger.linear().explain(x, 0) : tagger.linear().explain(x, c);
    }

    private static double[] logSoftmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : s) {
            sum += Math.exp(v - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] - log;
        }
        return out;
    }
}
