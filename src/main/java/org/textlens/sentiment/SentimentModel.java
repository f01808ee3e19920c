package org.textlens.sentiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.learn.FeatureList;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.LabelModel;
import org.textlens.learn.LabelPrediction;
import org.textlens.learn.ModelException;
import org.textlens.learn.ModelFile;
import org.textlens.learn.ScoreModel;
import org.textlens.learn.ScorePrediction;
import org.textlens.learn.Task;

/**
 * A learned sentiment model ({@code textlens train sentiment}): a score model (ridge regression on
 * numeric ratings; part {@value #SCORE}) or a label model (logistic regression on classes; part
 * {@value #LABEL}) over {@link SentimentFeatures}. Thread-safe.
 *
 * <p>With a score model, {@code compound} is the model's score clipped to [-1, 1] and the label comes
 * from the thresholds (the model's own, unless the user gives some); {@code pos}, {@code neu} and
 * {@code neg} stay the rules' shares. With a label model, {@code label} is the model's class, and
 * {@code pos}, {@code neu}, {@code neg} are the softmax shares of the classes named positive, neutral
 * and negative (0 for a class the model lacks), {@code compound = pos - neg}.
 */
public final class SentimentModel {
    public static final String KIND = "sentiment";
    public static final String SCORE = "score";
    public static final String LABEL = "label";
    /** The model-file options that hold the thresholds the model was calibrated with. */
    public static final String NEGATIVE_THRESHOLD = "threshold_negative";
    public static final String POSITIVE_THRESHOLD = "threshold_positive";
    static final int EXPLAIN_TOP = 8;

    private final ModelFile file;
    private final ScoreModel score;
    private final LabelModel label;

    private SentimentModel(ModelFile file, ScoreModel score, LabelModel label) {
        this.file = file;
        this.score = score;
        this.label = label;
    }

    /** The sentiment model of a model file; refuses one built on other features. */
    public static SentimentModel of(ModelFile file, String source) {
        String features = file.provenance().options().get("features");
        if (!SentimentFeatures.VERSION.equals(features)) {
            throw new ModelException(source, "the model reads features '" + features + "', this textlens makes '"
                + SentimentFeatures.VERSION + "'", "retrain it with this version: textlens train sentiment ... -o MODEL");
        }
        if (file.parts().containsKey(SCORE) && file.part(SCORE).task() == Task.SCORE) {
            return new SentimentModel(file, new ScoreModel(file.part(SCORE)), null);
        }
        if (file.parts().containsKey(LABEL) && file.part(LABEL).task() == Task.LABEL) {
            return new SentimentModel(file, null, new LabelModel(file.part(LABEL)));
        }
        throw new ModelException(source, "the sentiment model has neither a score nor a label part", "train it again");
    }

    /** Where the shipped news model is, in the jar ({@code --model builtin}, the default of {@code sentiment}). */
    public static final String BUILTIN_RESOURCE = "/org/textlens/sentiment/news-sentiment.model";

    private static final class Builtin {
        static final SentimentModel MODEL = of(ModelFile.resource(BUILTIN_RESOURCE, KIND), "builtin");
    }

    /** The shipped news model, read once. */
    public static SentimentModel builtin() {
        return Builtin.MODEL;
    }

    /** The shipped model's label thresholds: those that {@code sentiment} labels with by default. */
    public static Thresholds builtinThresholds() {
        return builtin().thresholds().orElseThrow();
    }

    public ModelFile file() {
        return file;
    }

    /** The thresholds the model file carries, if any. */
    public Optional<Thresholds> thresholds() {
        Map<String, String> o = file.provenance().options();
        if (!o.containsKey(NEGATIVE_THRESHOLD) || !o.containsKey(POSITIVE_THRESHOLD)) {
            return Optional.empty();
        }
        return Optional.of(new Thresholds(Double.parseDouble(o.get(NEGATIVE_THRESHOLD)), Double.parseDouble(o.get(POSITIVE_THRESHOLD))));
    }

    /** The model's verdict on one unit, whose rule score is {@code rules}: the same as on {@code x.toVector()}. */
    Judgement judge(FeatureList x, SentenceScore rules, Thresholds thresholds, boolean explain) {
        if (score != null && !explain) {
            double compound = Math.max(-1, Math.min(1, score.score(x)));
            return new Judgement(new SentenceScore(compound, rules.pos(), rules.neu(), rules.neg(), List.of()), thresholds.label(compound));
        }
        return judge(x.toVector(), rules, thresholds, explain);
    }

    /** The model's verdict on one unit, whose rule score is {@code rules}. */
    Judgement judge(FeatureVector x, SentenceScore rules, Thresholds thresholds, boolean explain) {
        if (score != null) {
            double s = score.score(x);
            double compound = Math.max(-1, Math.min(1, s));
            List<String> evidence = explain ? score.predict(x).explanation().evidence(EXPLAIN_TOP) : List.of();
            return new Judgement(new SentenceScore(compound, rules.pos(), rules.neu(), rules.neg(), evidence), thresholds.label(compound));
        }
        double[] p = label.probabilities(x);
        List<String> labels = label.labels();
        double pos = share(labels, p, "positive");
        double neu = share(labels, p, "neutral");
        double neg = share(labels, p, "negative");
        String chosen = label.label(x);
        List<String> evidence = List.of();
        if (explain) {
            LabelPrediction prediction = label.predict(x);
            evidence = prediction.explanation().evidence(EXPLAIN_TOP);
        }
        return new Judgement(new SentenceScore(pos - neg, pos, neu, neg, evidence), chosen);
    }

    private static double share(List<String> labels, double[] p, String name) {
        int i = labels.indexOf(name);
        return i < 0 ? 0 : p[i];
    }

    /** A unit's score and label. */
    record Judgement(SentenceScore score, String label) {
    }
}
