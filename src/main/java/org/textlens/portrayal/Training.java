package org.textlens.portrayal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.attribution.Attributions;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.corpus.Document;
import org.textlens.learn.ClassMetrics;
import org.textlens.learn.CrossValidation;
import org.textlens.learn.DataDigest;
import org.textlens.learn.Folds;
import org.textlens.learn.LabelModel;
import org.textlens.learn.Labelled;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Provenance;
import org.textlens.learn.TrainingOptions;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Annotator;
import org.textlens.nlp.Span;

/**
 * Trains the portrayal model from NewsMTSC-style JSONL (a sentence in {@code sentence_normalized},
 * targets with {@code from}, {@code to} and {@code polarity} 2/4/6), cross-validates it with folds
 * split by sentence, and writes the model file. The shipped model is made by {@code bench/portrayal-train}
 * from NewsMTSC's training split; {@code bench/portrayal-eval} runs the cross-validation alone.
 *
 * <pre>java -cp textlens.jar org.textlens.portrayal.Training train.jsonl [--folds K] [--c C] [-o MODEL]</pre>
 */
public final class Training {
    /** The options the shipped model was trained with, found by cross-validation on the training split. */
    static final TrainingOptions OPTIONS = TrainingOptions.labels().withC(0.2).withBalanced(true).withMinCount(2);

    private Training() {
    }

    /** A target with its gold label and the sentence it belongs to. */
    record Example(String sentence, Labelled labelled, boolean multi) {
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Path out = null;
        int folds = 5;
        TrainingOptions options = OPTIONS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--c" -> options = options.withC(Double.parseDouble(args[++i]));
                case "--min-count" -> options = options.withMinCount(Integer.parseInt(args[++i]));
                case "--unbalanced" -> options = options.withBalanced(false);
                case "-o" -> out = Path.of(args[++i]);
                default -> data = Path.of(args[i]);
            }
        }
        if (data == null) {
            System.err.println("usage: Training TRAIN.jsonl [--folds K] [--c C] [--min-count N] [--unbalanced] [-o MODEL]");
            System.exit(2);
        }
        run(data, folds, options, out, System.out);
    }

    static void run(Path data, int k, TrainingOptions options, Path out, PrintStream report) throws IOException {
        byte[] bytes = Files.readAllBytes(data);
        List<Example> examples = examples(new String(bytes, StandardCharsets.UTF_8));
        List<Labelled> labelled = examples.stream().map(Example::labelled).toList();
        Map<String, String> metrics = new LinkedHashMap<>();
        if (k > 1) {
            int[] folds = Folds.byGroup(examples.stream().map(Example::sentence).toList(), k);
            List<String> predicted = CrossValidation.predict(labelled, folds, d -> LabelModel.train(d, options),
                (m, x) -> m.label(x.features()));
            List<String> gold = labelled.stream().map(Labelled::label).toList();
            ClassMetrics all = ClassMetrics.of(gold, predicted);
            List<String> multiGold = new ArrayList<>();
            List<String> multiPredicted = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).multi()) {
                    multiGold.add(gold.get(i));
                    multiPredicted.add(predicted.get(i));
                }
            }
            ClassMetrics multi = ClassMetrics.of(multiGold, multiPredicted);
            report.printf(Locale.ROOT, "targets %d, sentences %d, %d-fold cross-validation by sentence, %s%n", examples.size(),
                examples.stream().map(Example::sentence).distinct().count(), k, options.describe());
            for (ClassMetrics.PerClass c : all.classes()) {
                report.printf(Locale.ROOT, "  %-8s P %.3f R %.3f F1 %.3f (support %d)%n", c.label(), c.precision(), c.recall(), c.f1(), c.support());
            }
            report.printf(Locale.ROOT, "macro-F1 %.4f  accuracy %.4f%n", all.macroF1(), all.accuracy());
            report.printf(Locale.ROOT, "multi-target sentences (%d targets): macro-F1 %.4f%n", multi.count(), multi.macroF1());
            metrics.put("cv_folds", Integer.toString(k));
            metrics.put("cv_macro_f1", Provenance.metric(all.macroF1()));
            metrics.put("cv_accuracy", Provenance.metric(all.accuracy()));
            metrics.put("cv_multi_target_macro_f1", Provenance.metric(multi.macroF1()));
        }
        if (out != null) {
            LabelModel model = LabelModel.train(labelled, options);
            Provenance provenance = Provenance.of(PortrayalModel.KIND, DataDigest.of(bytes), options.describe(), metrics);
            ModelFile.single(provenance, model.linear()).write(out);
            report.println("model written to " + out);
        }
    }

    /** Every target of every record, with its features read as the command reads them. */
    static List<Example> examples(String jsonl) throws IOException {
        Annotator annotator = PortrayalAnalyzer.ANNOTATION.newAnnotator();
        Attributions attributions = new Attributions(SpeechVerbs.load(true, List.of()));
        TargetReader reader = new TargetReader();
        JsonFactory json = new JsonFactory();
        List<Example> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Record r = parse(json, line);
            AnnotatedDocument doc = annotator.annotate(Document.of(r.id(), r.text()));
            Attributions.Voices voices = attributions.voices(doc);
            List<Target> targets = SpanEntities.of(doc, r.spans(), voices.people());
            List<TargetReader.Instance> instances = reader.read(doc, targets, voices.statements());
            for (int i = 0; i < instances.size(); i++) {
                out.add(new Example(r.text(), new Labelled(instances.get(i).features(), r.labels().get(i)), r.spans().size() > 1));
            }
        }
        return out;
    }

    private record Record(String id, String text, List<Span> spans, List<String> labels) {
    }

    private static Record parse(JsonFactory json, String line) throws IOException {
        String id = "";
        String text = null;
        List<Span> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (JsonParser p = json.createParser(line)) {
            p.nextToken();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("primary_gid")) {
                    id = p.getText();
                } else if (name.equals("sentence_normalized")) {
                    text = p.getText();
                } else if (name.equals("targets") && v == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int from = -1;
                        int to = -1;
                        double polarity = Double.NaN;
                        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                            String key = p.currentName();
                            p.nextToken();
                            switch (key) {
                                case "from" -> from = p.getIntValue();
                                case "to" -> to = p.getIntValue();
                                case "polarity" -> polarity = p.getDoubleValue();
                                default -> p.skipChildren();
                            }
                        }
                        spans.add(new Span(from, to));
                        labels.add(label(polarity));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (text == null) {
            throw new IOException("a record without sentence_normalized: " + id);
        }
        return new Record(id, text, spans, labels);
    }

    /** NewsMTSC's polarity: 2 negative, 4 neutral, 6 positive (1..7 scale, collapsed). */
    static String label(double polarity) {
        return polarity < 4 ? "negative" : polarity > 4 ? "positive" : "neutral";
    }
}
