package org.textlens.loaded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.textlens.learn.Bio;
import org.textlens.learn.Contribution;
import org.textlens.learn.FeatureIndex;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.LinearModel;
import org.textlens.learn.ModelException;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Provenance;
import org.textlens.learn.SpanModel;

/**
 * A span tagger for {@code loaded}, trained by {@code textlens train loaded}: the learned layer's
 * BIO {@link SpanModel} over {@link SpanFeatures}. Scores tokens from weights cached per feature
 * name and per word form (a linear model's score is a sum, so each word's share can be summed
 * once), then decodes with the layer's Viterbi. Immutable apart from per-thread caches; thread-safe.
 */
public final class LoadedModel {
    /** The kind of model file {@code loaded --model} reads. */
    public static final String KIND = "loaded";
    /** The model file's option that records the feature set. */
    static final String FEATURES_OPTION = "features";
    /** Cached entries per thread before the cache starts afresh (bounds memory on huge vocabularies). */
    private static final int CACHE_LIMIT = 200_000;

    private final SpanModel tagger;
    private final LinearModel linear;
    private final int columns;
    private final boolean oneColumn;
    private final int outside;
    private final ThreadLocal<Map<String, double[]>> partials = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, double[]>> forms = ThreadLocal.withInitial(HashMap::new);

    public LoadedModel(SpanModel tagger) {
        this.tagger = tagger;
        this.linear = tagger.linear();
        this.columns = linear.columns().size();
        this.oneColumn = columns == 1 && tagger.tags().size() == 2;
        this.outside = tagger.tags().indexOf(Bio.OUTSIDE);
    }

    /** Reads a model file written by {@code train loaded}; a file of other features fails with a {@link ModelException}. */
    public static LoadedModel read(Path path) {
        return of(ModelFile.read(path, KIND), path.toString());
    }

    /** The tagger of a model file read elsewhere (a cluster's executor parses the bytes the driver shipped); {@code source} names it in errors. */
    public static LoadedModel of(ModelFile file, String source) {
        String features = file.provenance().options().getOrDefault(FEATURES_OPTION, "");
        if (!features.equals(SpanFeatures.VERSION)) {
            throw new ModelException(source, "the model was trained on loaded features version '" + features
                + "', this textlens reads version " + SpanFeatures.VERSION, "train it again with this version");
        }
        return new LoadedModel(new SpanModel(file.part("model")));
    }

    /** The model file of a trained tagger; {@code options} are the training options, to which the feature set's version is added. */
    public static ModelFile file(SpanModel tagger, String dataSha256, Map<String, String> options, Map<String, String> metrics) {
        Map<String, String> all = new TreeMap<>(options);
        all.put(FEATURES_OPTION, SpanFeatures.VERSION);
        return ModelFile.single(Provenance.of(KIND, dataSha256, all, metrics), tagger.linear());
    }

    SpanModel tagger() {
        return tagger;
    }

    /** The span types the model reports (its tags without B-/I-), sorted. */
    public List<String> types() {
        return tagger.tags().stream().filter(t -> !t.equals(Bio.OUTSIDE)).map(Bio::type).distinct().sorted().toList();
    }

    /** One token as the scorer sees it: its form's cached share, and its context features. */
    record Token(double[] form, List<String> names, double[] values, int size) {
    }

    /** A builder of one token's context features, reused across tokens. */
    static final class ContextBuffer implements SpanFeatures.Sink {
        final List<String> names = new ArrayList<>();
        double[] values = new double[8];

        @Override
        public void add(String name, double value) {
            if (names.size() == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[names.size()] = value;
            names.add(name);
        }

        Token token(double[] form) {
            Token t = new Token(form, List.copyOf(names), java.util.Arrays.copyOf(values, names.size()), names.size());
            names.clear();
            return t;
        }
    }

    /** The cached share of a word form's features at every offset of the window. */
    double[] form(String lower, String lemma, boolean word, SpanFeatures features) {
        Map<String, double[]> cache = forms.get();
        double[] p = cache.get(lower);
        if (p == null) {
            double[] sum = new double[(2 * SpanFeatures.WINDOW + 1) * columns];
            features.form(lower, lemma, word, (name, value) -> addScaled(sum, partial(name), value));
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(lower, sum);
            p = sum;
        }
        return p;
    }

    /** Each token's decision score per tag, in {@link SpanModel#tags()} order. */
    double[][] scores(List<Token> tokens) {
        int n = tokens.size();
        int w = SpanFeatures.WINDOW;
        double[][] col = new double[n][columns];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < columns; c++) {
                col[i][c] = linear.bias(c);
            }
        }
        double[] context = new double[(2 * w + 1) * columns];
        for (int j = 0; j < n; j++) {
            Token t = tokens.get(j);
            java.util.Arrays.fill(context, 0);
            for (int f = 0; f < t.size(); f++) {
                addScaled(context, partial(t.names().get(f)), t.values()[f]);
            }
            // token j's features reach token i = j - d under the prefix d
            for (int d = -w; d <= w; d++) {
                int i = j - d;
                if (i < 0 || i >= n) {
                    continue;
                }
                int base = (d + w) * columns;
                for (int c = 0; c < columns; c++) {
                    col[i][c] += t.form()[base + c] + context[base + c];
                }
            }
        }
        if (!oneColumn) {
            return col;
        }
        double[][] two = new double[n][];
        for (int i = 0; i < n; i++) {
            two[i] = new double[] {-col[i][0], col[i][0]};
        }
        return two;
    }

    /** The tags of the tokens. */
    List<String> decode(double[][] scores) {
        return tagger.decode(scores);
    }

    /** How sure the model is that a token is in a span: 1 − P(O), from the logistic of each tag's score, normalised. */
    double inside(double[] scores) {
        double sum = 0;
        double out = 0;
        for (int t = 0; t < scores.length; t++) {
            double p = 1 / (1 + Math.exp(-scores[t]));
            sum += p;
            if (t == outside) {
                out = p;
            }
        }
        return sum == 0 ? 0 : 1 - out / sum;
    }

    /**
     * The features that decided a span: each feature's contribution towards the tag each token got,
     * added up over the span's tokens, the {@code n} that pushed hardest towards it first.
     */
    String explain(List<FeatureVector> vectors, List<String> tags, int from, int to, int n) {
        Map<String, Double> amounts = new TreeMap<>();
        for (int i = from; i < to; i++) {
            for (Contribution c : tagger.explain(vectors.get(i), tags.get(i)).contributions()) {
                amounts.merge(c.feature(), c.amount(), Double::sum);
            }
        }
        return amounts.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(n).map(e -> e.getKey() + ":" + String.format(java.util.Locale.ROOT, "%+.2f", e.getValue()))
            .collect(Collectors.joining("; "));
    }

    /** The weights of feature {@code name} under every prefix of the window, in every column (zeros when unknown). */
    private double[] partial(String name) {
        Map<String, double[]> cache = partials.get();
        double[] p = cache.get(name);
        if (p == null) {
            int w = SpanFeatures.WINDOW;
            p = new double[(2 * w + 1) * columns];
            FeatureIndex index = linear.features();
            for (int d = -w; d <= w; d++) {
                int f = index.position(d == 0 ? name : (d < 0 ? Integer.toString(d) : "+" + d) + ":" + name);
                if (f >= 0) {
                    for (int c = 0; c < columns; c++) {
                        p[(d + w) * columns + c] = linear.weight(f, c);
                    }
                }
            }
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(name, p);
        }
        return p;
    }

    private static void addScaled(double[] into, double[] p, double value) {
        for (int i = 0; i < into.length; i++) {
            into[i] += p[i] * value;
        }
    }
}
