package org.textlens.portrayal;

import java.nio.file.Path;
import java.util.List;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.LabelModel;
import org.textlens.learn.LabelPrediction;
import org.textlens.learn.ModelFile;

/**
 * The learned portrayal model: a three-way logistic regression (one column per label, trained by the
 * shared learned layer) over {@link TargetFeatures}. The shipped one is trained from NewsMTSC's
 * training split (Hamborg &amp; Donnay, EACL 2021; MIT) by {@code bench/portrayal-train}. Immutable and
 * thread-safe.
 */
public final class PortrayalModel {
    static final String KIND = "portrayal";
    static final String RESOURCE = "/org/textlens/portrayal/portrayal.model";
    static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private final LabelModel model;
    private final ModelFile file;

    private PortrayalModel(ModelFile file) {
        this.file = file;
        this.model = new LabelModel(file.part("model"));
        if (!model.labels().equals(LABELS)) {
            throw new IllegalArgumentException("a portrayal model scores " + LABELS + ", not " + model.labels());
        }
    }

    /** The model shipped in the jar, read once. */
    public static PortrayalModel builtin() {
        return Holder.BUILTIN;
    }

    /** A model file made by {@code bench/portrayal-train}; a wrong or damaged file fails with a {@code ModelException}. */
    public static PortrayalModel read(Path file) {
        return new PortrayalModel(ModelFile.read(file, KIND));
    }

    public ModelFile file() {
        return file;
    }

    /** The label, score and (when {@code explain}) the explanation for one target's features. */
    public Portrayal predict(FeatureVector x, boolean explain) {
        double[] s = model.scores(x);
        double[] p = new double[s.length];
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            p[c] = 1 / (1 + Math.exp(-s[c]));
            sum += p[c];
        }
        double score = (p[2] - p[0]) / sum;
        if (explain) {
            LabelPrediction prediction = model.predict(x);
            return new Portrayal(prediction.label(), score, prediction.explanation());
        }
        return new Portrayal(model.label(x), score, null);
    }

    private static final class Holder {
        static final PortrayalModel BUILTIN = new PortrayalModel(ModelFile.resource(RESOURCE, KIND));
    }
}
