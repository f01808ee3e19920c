package org.textlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.frames.FrameDocumentRow;
import org.textlens.frames.FrameFeatures;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.FramesModel;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.learn.ClassMetrics;
import org.textlens.learn.CrossValidation;
import org.textlens.learn.DataDigest;
import org.textlens.learn.F1Threshold;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.LabelModel;
import org.textlens.learn.Labelled;
import org.textlens.learn.MetricRow;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Provenance;
import org.textlens.learn.Solver;
import org.textlens.learn.TrainingOptions;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens train frames}: a document-level frames model from documents coded for each frame. */
@Command(name = "frames", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Train a frames model for 'textlens frames --model MODEL --level document' from coded documents:",
        "one true/false column per frame. A logistic regression per frame over the scheme's cue scores, the cues and",
        "the words; the report gives per-frame precision, recall and F1 and their macro-F1, beside the rules' figures",
        "on the same folds for frames the scheme has. Report rows: system,metric,label,support,value. Details: docs/learning.md."},
    footer = {"", "Examples:",
        "  textlens train frames --input-format tsv --id-field ID --label-fields RE,HI,CO,MO,EC -o frames.model coded.tsv",
        "  textlens train frames --input-format tsv --id-field ID \\",
        "      --label-fields RE=resolution,HI=human_interest,CO=conflict,MO=morality,EC=economic -o frames.model coded.tsv"})
final class TrainFramesCommand extends TrainingCommand {
    @Option(names = "--label-fields", paramLabel = "A,B,...|A=FRAME,...", required = true,
        description = "One boolean field per frame (true/false, 1/0, yes/no). The model reports frames by these names, "
            + "or by FRAME where FIELD=FRAME renames one (a name of the scheme lets the rules be compared on it).")
    String labelFields;

    @Option(names = "--scheme", paramLabel = "NAME", defaultValue = "generic", completionCandidates = FramesCommand.Schemes.class,
        description = "The built-in scheme whose cue scores are features: generic or policy. Default: ${DEFAULT-VALUE}.")
    String scheme;

    private static final int TUNING_FOLDS = 5;

    /** Field name → frame name, in the order given. */
    private final Map<String, String> fields = new LinkedHashMap<>();

    @Override
    String task() {
        return FramesModel.KIND;
    }

    @Override
    void validate() {
        if (java.util.Arrays.stream(Scheme.Builtin.values()).noneMatch(b -> b.schemeName().equals(scheme))) {
            throw usageError("--scheme must be generic or policy, not '" + scheme + "'");
        }
        for (String part : labelFields.split(",")) {
            String[] kv = part.split("=", -1);
            String field = kv[0].strip();
            String frame = kv.length == 2 ? kv[1].strip() : field;
            if (kv.length > 2 || field.isEmpty() || frame.isEmpty() || fields.containsKey(field) || fields.containsValue(frame)
                || frame.chars().anyMatch(Character::isWhitespace)) {
                throw usageError("--label-fields takes distinct FIELD or FIELD=FRAME names separated by commas, e.g. RE,HI,CO; not '"
                    + labelFields + "'");
            }
            fields.put(field, frame);
        }
    }

    /** A document's features, and the rules' presence decision for each frame of the scheme. */
    private record Unit(FeatureVector features, Map<String, Boolean> rules) {
    }

    @Override
    void run(Session session) throws IOException {
        Scheme frames = FramesCommand.builtinScheme(scheme);
        FramesAnalyzer analyzer = new FramesAnalyzer(frames, Presence.of(frames));
        List<Read<Unit>> reads = read(session, new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, false),
            doc -> new Unit(analyzer.features(doc), analyzer.documents(false).analyze(doc)
                .collect(Collectors.toMap(FrameDocumentRow::frame, FrameDocumentRow::present))));
        DataDigest digest = new DataDigest();
        Map<String, List<Boolean>> gold = new LinkedHashMap<>();
        fields.values().forEach(f -> gold.put(f, new ArrayList<>()));
        for (Read<Unit> r : reads) {
            digest.add(r.doc().id()).add(r.doc().text());
            for (Map.Entry<String, String> e : fields.entrySet()) {
                boolean value = bool(r.doc(), e.getKey());
                gold.get(e.getValue()).add(value);
                digest.add(e.getValue() + "=" + value);
            }
        }
        String inputs = input.inputs.isEmpty() ? "-" : String.join(", ", input.inputs);
        gold.forEach((frame, values) -> {
            if (!values.contains(true) || !values.contains(false)) {
                throw new InputException(inputs, "frame '" + frame + "' is " + (values.contains(true) ? "true" : "false")
                    + " in every document; a model needs documents with and without it",
                    "code some documents the other way, or leave the frame out of --label-fields");
            }
        });
        TrainingOptions options = options(Solver.LOGISTIC);
        List<FeatureVector> xs = reads.stream().map(r -> r.features().features()).toList();
        int[] folds = folds(reads.size());
        List<MetricRow> rows = new ArrayList<>();
        Map<String, String> metrics = new TreeMap<>();
        if (folds != null) {
            double macro = 0;
            double rulesMacro = 0;
            boolean rulesKnowAll = true;
            List<MetricRow> ruleRows = new ArrayList<>();
            for (Map.Entry<String, List<Boolean>> e : gold.entrySet()) {
                List<Labelled> data = labelled(xs, e.getValue());
                List<String> predicted = CrossValidation.predict(data, folds, d -> train(d, options), (m, x) -> m.label(x.features()));
                ClassMetrics.PerClass c = ClassMetrics.of(data.stream().map(Labelled::label).toList(), predicted).get("true");
                rows.addAll(frameRows("model", e.getKey(), c));
                macro += c.f1();
                metrics.put("f1_" + e.getKey(), Provenance.metric(c.f1()));
                if (frames.frames().contains(e.getKey())) {
                    List<String> rules = reads.stream().map(r -> Boolean.toString(r.features().rules().get(e.getKey()))).toList();
                    ClassMetrics.PerClass rc = ClassMetrics.of(data.stream().map(Labelled::label).toList(), rules).get("true");
                    ruleRows.addAll(frameRows("rules", e.getKey(), rc));
                    rulesMacro += rc == null ? 0 : rc.f1();
                } else {
                    rulesKnowAll = false;
                }
            }
            macro /= gold.size();
            rows.add(new MetricRow("model", "macro_f1", "", reads.size(), macro));
            metrics.put("macro_f1", Provenance.metric(macro));
            rows.addAll(ruleRows);
            if (rulesKnowAll) {
                rulesMacro /= gold.size();
                rows.add(new MetricRow("rules", "macro_f1", "", reads.size(), rulesMacro));
                metrics.put("rules_macro_f1", Provenance.metric(rulesMacro));
            }
        }
        Map<String, LabelModel> models = new LinkedHashMap<>();
        gold.forEach((frame, values) -> models.put(frame, train(labelled(xs, values), options)));
        Map<String, String> own = new TreeMap<>();
        own.put("features", FrameFeatures.VERSION);
        own.put(FramesModel.SCHEME, scheme);
        own.put("label_fields", labelFields);
        save(new ModelFile(Provenance.of(task(), digest.hex(), recorded(options, own), metrics), FramesModel.parts(models)));
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("scheme", scheme);
        described.put("frames", new ArrayList<>(fields.values()));
        described.put("documents", reads.size());
        report(session, rows, described);
    }

    /** A frame's model, its decision threshold tuned for F1 by an inner cross-validation. */
    private LabelModel train(List<Labelled> data, TrainingOptions options) {
        return F1Threshold.train(data, options, TUNING_FOLDS);
    }

    private static List<MetricRow> frameRows(String system, String frame, ClassMetrics.PerClass c) {
        int support = c == null ? 0 : c.support();
        return List.of(new MetricRow(system, "precision", frame, support, c == null ? 0 : c.precision()),
            new MetricRow(system, "recall", frame, support, c == null ? 0 : c.recall()),
            new MetricRow(system, "f1", frame, support, c == null ? 0 : c.f1()));
    }

    private static List<Labelled> labelled(List<FeatureVector> xs, List<Boolean> values) {
        List<Labelled> data = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            data.add(new Labelled(xs.get(i), Boolean.toString(values.get(i))));
        }
        return data;
    }

    private boolean bool(Document doc, String field) {
        String v = doc.meta().get(field);
        if (v == null) {
            throw badRecord(doc, "no field '" + field + "' in this record (--label-fields names it as a frame)",
                "name the record's frame columns in --label-fields");
        }
        switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "t", "y" -> {
                return true;
            }
            case "false", "0", "no", "f", "n" -> {
                return false;
            }
            default -> throw badRecord(doc, "field '" + field + "' is not true or false: '" + v + "'",
                "code each frame as true/false, 1/0 or yes/no");
        }
    }
}
