package org.textlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.learn.ClassMetrics;
import org.textlens.learn.Correlation;
import org.textlens.learn.CrossValidation;
import org.textlens.learn.DataDigest;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.LabelModel;
import org.textlens.learn.Labelled;
import org.textlens.learn.MetricRow;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Provenance;
import org.textlens.learn.ScoreModel;
import org.textlens.learn.Scored;
import org.textlens.learn.Solver;
import org.textlens.learn.TrainingOptions;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentFeatures;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens train sentiment}: a sentiment model from rated or classified texts. */
@Command(name = "sentiment", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Train a sentiment model for 'textlens sentiment --model' from labelled texts (each record is one unit).",
        "A numeric label is a score (ridge regression; the report gives Pearson r), a word a class (logistic regression;",
        "per-class precision, recall, F1 and macro-F1), each beside the rules' figures on the same folds.",
        "Report rows: system,metric,label,support,value. Details: docs/learning.md."},
    footer = {"", "Examples:",
        "  textlens train sentiment --input-format jsonl --label-field rating --label-range -4,4 -o ratings.model rated.jsonl",
        "  textlens train sentiment --input-format csv --label-field stance --classes positive,neutral,negative -o coded.model coded.csv"})
final class TrainSentimentCommand extends TrainingCommand {
    @Option(names = "--label-field", paramLabel = "NAME", defaultValue = "label",
        description = "The field with each record's label: a number (a score) or a word (a class). Default: ${DEFAULT-VALUE}.")
    String labelField;

    @Option(names = "--label-range", paramLabel = "LO,HI", defaultValue = "-1,1",
        description = "Numeric labels run from LO (most negative) to HI (most positive) and are mapped onto -1..1; "
            + "a label outside is an error. Default: ${DEFAULT-VALUE}.")
    String labelRange;

    @Option(names = "--classes", paramLabel = "A,B,...",
        description = "The classes word labels must come from; any other label is an error, and so is a class without documents.")
    String classes;

    @Option(names = "--thresholds", paramLabel = "NEG,POS", defaultValue = "-0.05,0.05",
        description = "A score model's compound at or below NEG is negative, at or above POS positive; stored in the model "
            + "as its default. Default: ${DEFAULT-VALUE}.")
    String thresholds;

    @Option(names = "--report-by", paramLabel = "FIELD",
        description = "Also report the cross-validated figures for each value of FIELD (e.g. the source of each record).")
    String reportBy;

    private double low;
    private double high;
    private Thresholds limits;
    private Set<String> allowed;

    @Override
    String task() {
        return SentimentModel.KIND;
    }

    @Override
    void validate() {
        double[] range = orderedPair(labelRange, "--label-range", "LO", "HI", true, "-4,4");
        low = range[0];
        high = range[1];
        double[] t = orderedPair(thresholds, "--thresholds", "NEG", "POS", false, "-0.05,0.05");
        limits = new Thresholds(t[0], t[1]);
        if (classes != null) {
            allowed = new LinkedHashSet<>();
            for (String c : classes.split(",")) {
                if (c.isBlank() || !allowed.add(c.strip())) {
                    throw usageError("--classes takes distinct, non-empty class names separated by commas; not '" + classes + "'");
                }
            }
            if (allowed.size() < 2) {
                throw usageError("--classes needs at least two classes");
            }
        }
    }

    /** Two numbers "A,B" in order: A < B when {@code strict}, else A <= B. */
    private double[] orderedPair(String value, String option, String lo, String hi, boolean strict, String example) {
        String expected = lo + "," + hi + " with " + lo + (strict ? " < " : " <= ") + hi + ", e.g. " + example;
        double[] p = pair(value, option, expected);
        if (strict ? !(p[0] < p[1]) : !(p[0] <= p[1])) {
            throw usageError(option + " takes " + expected + "; not '" + value + "'");
        }
        return p;
    }

    private double[] pair(String value, String option, String expected) {
        String[] parts = value.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            double a = Double.parseDouble(parts[0].strip());
            double b = Double.parseDouble(parts[1].strip());
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                throw new NumberFormatException();
            }
            return new double[] {a, b};
        } catch (NumberFormatException e) {
            throw usageError(option + " takes " + expected + "; not '" + value + "'");
        }
    }

    /** One unit's features and the rules' compound, made on a worker thread. */
    private record Unit(FeatureVector features, double rules) {
    }

    @Override
    void run(Session session) throws IOException {
        SentimentAnalyzer analyzer = new SentimentAnalyzer(SentimentLexicon.load(true, List.of()), limits);
        List<Read<Unit>> reads = read(session, new AnnotationRequest(SentenceMode.PARAGRAPH, TokenizerKind.WORD, false),
            doc -> new Unit(analyzer.features(doc.doc().text()), analyzer.rulesCompound(doc.doc().text())));
        DataDigest digest = new DataDigest();
        List<String> raw = new ArrayList<>(reads.size());
        Boolean numeric = null;
        for (Read<Unit> r : reads) {
            String label = label(r.doc());
            boolean number = isNumber(label);
            if (numeric == null) {
                numeric = number && allowed == null;
            } else if (numeric != number) {
                throw badRecord(r.doc(), "label '" + label + "' is " + (number ? "a number" : "not a number")
                    + ", but the first record's label was " + (numeric ? "a number" : "a word"),
                    "labels are all scores (numbers) or all classes (words)");
            }
            raw.add(label);
            digest.add(r.doc().id()).add(r.doc().text()).add(label);
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("label_field", labelField);
        described.put("documents", reads.size());
        if (numeric) {
            trainScores(session, reads, raw, digest.hex(), described);
        } else {
            trainLabels(session, reads, raw, digest.hex(), described);
        }
    }

    /** The documents of each value of --report-by, values sorted; empty without it. */
    private Map<String, List<Integer>> groups(List<Read<Unit>> reads) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        if (reportBy != null) {
            for (int i = 0; i < reads.size(); i++) {
                String v = reads.get(i).doc().meta().get(reportBy);
                if (v == null) {
                    throw badRecord(reads.get(i).doc(), "no field '" + reportBy + "' in this record", "name an existing field with --report-by");
                }
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
            }
        }
        return groups;
    }

    private String label(Document doc) {
        String label = doc.meta().get(labelField);
        if (label == null) {
            throw badRecord(doc, "no field '" + labelField + "' in this record", "name the label's field with --label-field");
        }
        label = label.strip();
        if (label.isEmpty()) {
            throw badRecord(doc, "the label field '" + labelField + "' is empty", "give every record a label");
        }
        return label;
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s)) && !s.endsWith("f") && !s.endsWith("d") && !s.endsWith("F") && !s.endsWith("D");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void trainScores(Session session, List<Read<Unit>> reads, List<String> raw, String sha, Map<String, Object> described)
            throws IOException {
        List<Scored> data = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            double v = Double.parseDouble(raw.get(i));
            if (v < low || v > high) {
                throw badRecord(reads.get(i).doc(), "label " + raw.get(i) + " is outside --label-range " + labelRange,
                    "give the range your scale runs over, e.g. --label-range -4,4");
            }
            data.add(new Scored(reads.get(i).features().features(), -1 + 2 * (v - low) / (high - low)));
        }
        TrainingOptions options = options(Solver.RIDGE);
        List<MetricRow> rows = new ArrayList<>();
        Map<String, String> metrics = new TreeMap<>();
        int[] folds = folds(data.size());
        if (folds != null) {
            List<Double> predicted = CrossValidation.predict(data, folds, d -> ScoreModel.train(d, options),
                (m, x) -> Math.max(-1, Math.min(1, m.score(x.features()))));
            double[] gold = data.stream().mapToDouble(Scored::score).toArray();
            double[] model = predicted.stream().mapToDouble(Double::doubleValue).toArray();
            double[] rules = reads.stream().mapToDouble(r -> r.features().rules()).toArray();
            double r = Correlation.pearson(model, gold);
            double rr = Correlation.pearson(rules, gold);
            rows.add(new MetricRow("model", "pearson_r", "", data.size(), r));
            rows.add(new MetricRow("rules", "pearson_r", "", data.size(), rr));
            for (Map.Entry<String, List<Integer>> g : groups(reads).entrySet()) {
                double[] gg = g.getValue().stream().mapToDouble(i -> gold[i]).toArray();
                double[] gm = g.getValue().stream().mapToDouble(i -> model[i]).toArray();
                double[] gr = g.getValue().stream().mapToDouble(i -> rules[i]).toArray();
                rows.add(new MetricRow("model", "pearson_r", g.getKey(), gg.length, Correlation.pearson(gm, gg)));
                rows.add(new MetricRow("rules", "pearson_r", g.getKey(), gg.length, Correlation.pearson(gr, gg)));
            }
            metrics.put("pearson_r", Provenance.metric(r));
            metrics.put("rules_pearson_r", Provenance.metric(rr));
        }
        ScoreModel trained = ScoreModel.train(data, options);
        Map<String, String> own = new TreeMap<>();
        own.put("features", SentimentFeatures.VERSION);
        own.put("label_field", labelField);
        own.put("label_range", labelRange);
        own.put(SentimentModel.NEGATIVE_THRESHOLD, Double.toString(limits.negative()));
        own.put(SentimentModel.POSITIVE_THRESHOLD, Double.toString(limits.positive()));
        save(new ModelFile(Provenance.of(task(), sha, recorded(options, own), metrics), Map.of(SentimentModel.SCORE, trained.linear())));
        described.put("label_kind", "score");
        report(session, rows, described);
    }

    private void trainLabels(Session session, List<Read<Unit>> reads, List<String> raw, String sha, Map<String, Object> described)
            throws IOException {
        List<Labelled> data = new ArrayList<>(reads.size());
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < reads.size(); i++) {
            if (allowed != null && !allowed.contains(raw.get(i))) {
                throw badRecord(reads.get(i).doc(), "label '" + raw.get(i) + "' is not one of --classes " + classes,
                    "correct the label, or add the class to --classes");
            }
            counts.merge(raw.get(i), 1, Integer::sum);
            data.add(new Labelled(reads.get(i).features().features(), raw.get(i)));
        }
        String inputs = input.inputs.isEmpty() ? "-" : String.join(", ", input.inputs);
        if (allowed != null) {
            for (String c : allowed) {
                if (!counts.containsKey(c)) {
                    throw new InputException(inputs, "class '" + c + "' has no document", "label some documents '" + c
                        + "', or leave it out of --classes");
                }
            }
        }
        if (counts.size() < 2) {
            throw new InputException(inputs, "every document has the label '" + counts.keySet().iterator().next()
                + "'; a model needs at least two classes", "add documents of other classes");
        }
        TrainingOptions options = options(Solver.LOGISTIC);
        List<MetricRow> rows = new ArrayList<>();
        Map<String, String> metrics = new TreeMap<>();
        int[] folds = folds(data.size());
        if (folds != null) {
            List<String> predicted = CrossValidation.predict(data, folds, d -> LabelModel.train(d, options), (m, x) -> m.label(x.features()));
            List<String> gold = data.stream().map(Labelled::label).toList();
            ClassMetrics model = ClassMetrics.of(gold, predicted);
            rows.addAll(MetricRow.of("model", model));
            metrics.put("macro_f1", Provenance.metric(model.macroF1()));
            metrics.put("accuracy", Provenance.metric(model.accuracy()));
            boolean comparable = Set.of("positive", "neutral", "negative").containsAll(counts.keySet());
            List<String> rules = reads.stream().map(r -> limits.label(r.features().rules())).toList();
            if (comparable) {
                ClassMetrics byRules = ClassMetrics.of(gold, rules);
                rows.addAll(MetricRow.of("rules", byRules));
                metrics.put("rules_macro_f1", Provenance.metric(byRules.macroF1()));
            }
            for (Map.Entry<String, List<Integer>> g : groups(reads).entrySet()) {
                List<String> gg = g.getValue().stream().map(gold::get).toList();
                rows.add(new MetricRow("model", "macro_f1", g.getKey(), gg.size(),
                    ClassMetrics.of(gg, g.getValue().stream().map(predicted::get).toList()).macroF1()));
                if (comparable) {
                    rows.add(new MetricRow("rules", "macro_f1", g.getKey(), gg.size(),
                        ClassMetrics.of(gg, g.getValue().stream().map(rules::get).toList()).macroF1()));
                }
            }
        }
        LabelModel trained = LabelModel.train(data, options);
        Map<String, String> own = new TreeMap<>();
        own.put("features", SentimentFeatures.VERSION);
        own.put("label_field", labelField);
        save(new ModelFile(Provenance.of(task(), sha, recorded(options, own), metrics), Map.of(SentimentModel.LABEL, trained.linear())));
        described.put("label_kind", "class");
        described.put("classes", new ArrayList<>(counts.keySet()));
        report(session, rows, described);
    }
}
