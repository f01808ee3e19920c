package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.textlens.corpus.InputException;
import org.textlens.learn.DataDigest;
import org.textlens.learn.MetricRow;
import org.textlens.learn.Provenance;
import org.textlens.learn.Solver;
import org.textlens.learn.SpanThreshold;
import org.textlens.learn.TrainingOptions;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.loaded.LoadedModel;
import org.textlens.loaded.SpanFile;
import org.textlens.loaded.SpanTraining;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens train loaded}: a span tagger for {@code loaded --model} from span annotations. */
@Command(name = "loaded", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Train a span tagger for 'textlens loaded --model MODEL' from spans coded in the input documents.",
        "FILE is TSV: doc_id, start, end[, label] (code points, end exclusive; doc_id as textlens reports the input).",
        "The report gives cross-validated token and span precision, recall and F1 (SemEval-2020 Task 11's partial-overlap",
        "span measure). Report rows: system,metric,label,support,value. Details: docs/loaded.md."},
    footer = {"", "Examples:",
        "  textlens train loaded --spans coded.tsv -o my.model articles/",
        "  textlens train loaded --spans coded.tsv --labels euphemism,slur --balanced -o my.model articles/",
        "  textlens loaded --model my.model --explain new-articles/"})
final class TrainLoadedCommand extends TrainingCommand {
    @Option(names = "--spans", paramLabel = "FILE", required = true,
        description = "The coded spans: doc_id, start, end[, label], tab-separated, one span a line.")
    Path spans;

    @Option(names = "--labels", paramLabel = "L1,L2", split = ",",
        description = "Learn only spans of these labels (default: every label in FILE; a span without one is 'learned').")
    List<String> labels = new ArrayList<>();

    @Option(names = "--shift", paramLabel = "auto|X", defaultValue = "auto",
        description = "How ready the tagger is to mark a token as in a span: the score of 'outside' is lowered by X (0: the "
            + "plain logistic decision, which is precise and timid). auto chooses X by an inner " + TUNING_FOLDS + "-fold "
            + "cross-validation on the training documents, for the best token F1. Default: ${DEFAULT-VALUE}.")
    String shift;

    @Option(names = "--min-precision", paramLabel = "P", defaultValue = "0",
        description = "With --shift auto: the best token F1 among the shifts whose inner cross-validated token precision is at "
            + "least P (0..1); the most precise shift when none reaches it. Default: ${DEFAULT-VALUE} (no floor).")
    double minPrecision;

    /** Folds of the inner cross-validation that chooses the shift. */
    private static final int TUNING_FOLDS = 3;

    private SpanThreshold.Choice choice;

    @Override
    String task() {
        return LoadedModel.KIND;
    }

    @Override
    void validate() {
        if (!(minPrecision >= 0 && minPrecision <= 1)) {
            throw usageError("--min-precision must be a number from 0 to 1, not " + minPrecision);
        }
        if (shift.strip().equals("auto")) {
            choice = SpanThreshold.Choice.auto(minPrecision, TUNING_FOLDS);
        } else {
            double x;
            try {
                x = Double.parseDouble(shift.strip());
            } catch (NumberFormatException e) {
                x = Double.NaN;
            }
            if (!(x >= 0 && x <= 100)) {
                throw usageError("--shift must be auto or a number from 0 to 100, not '" + shift + "'");
            }
            if (minPrecision > 0) {
                throw usageError("--min-precision applies to --shift auto only; give one or the other");
            }
            choice = SpanThreshold.Choice.fixed(x);
        }
        for (String l : labels) {
            if (l.isBlank()) {
                throw usageError("--labels takes label names separated by commas, e.g. euphemism,slur");
            }
        }
    }

    @Override
    void run(Session session) throws IOException {
        SpanFile file = SpanFile.read(spans);
        if (!labels.isEmpty()) {
            Set<String> chosen = new LinkedHashSet<>();
            labels.forEach(l -> chosen.add(l.strip()));
            for (String l : chosen) {
                if (!file.labels().contains(l)) {
                    throw usageError("--labels names '" + l + "', which no span of " + spans + " has (its labels: "
                        + String.join(", ", file.labels()) + ")");
                }
            }
            file = file.only(chosen);
        }
        LoadedAnalyzer analyzer = new LoadedAnalyzer(LoadedLexicon.load(true, List.of(), List.of(), Set.of()), 0);
        List<Read<LoadedAnalyzer.TrainingDocument>> reads = read(session,
            new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, false), analyzer::trainingDocument);
        Map<String, Integer> lengths = new LinkedHashMap<>();
        List<LoadedAnalyzer.TrainingDocument> docs = new ArrayList<>();
        for (Read<LoadedAnalyzer.TrainingDocument> r : reads) {
            if (lengths.put(r.doc().id(), r.features().length()) != null) {
                throw badRecord(r.doc(), "two input documents have the id '" + r.doc().id() + "'; spans name documents by id",
                    "give each document its own id (--id-field) or each file once");
            }
            docs.add(r.features());
        }
        Map<String, List<SpanFile.Annotation>> byDoc = file.check(lengths);
        SpanTraining training = new SpanTraining(docs, byDoc);
        if (!training.hasSpans()) {
            throw new InputException(spans.toString(), "no token of the input documents lies in a span",
                "check that the file's doc_ids and offsets match the documents given");
        }
        DataDigest digest = new DataDigest();
        for (Read<LoadedAnalyzer.TrainingDocument> r : reads) {
            digest.add(r.doc().id()).add(r.doc().text());
            for (SpanFile.Annotation a : byDoc.getOrDefault(r.doc().id(), List.of())) {
                digest.add(a.start() + "\t" + a.end() + "\t" + a.label());
            }
        }
        TrainingOptions options = options(Solver.LOGISTIC);
        List<MetricRow> rows = new ArrayList<>();
        Map<String, String> metrics = new TreeMap<>();
        if (folds(docs.size()) != null) {
            for (SpanTraining.Scores s : training.crossValidate(options, choice, folds)) {
                String suffix = s.label().isEmpty() ? "" : "_" + s.label();
                add(rows, metrics, s, "token_precision", s.tokenPrecision(), suffix);
                add(rows, metrics, s, "token_recall", s.tokenRecall(), suffix);
                add(rows, metrics, s, "token_f1", s.tokenF1(), suffix);
                add(rows, metrics, s, "span_precision", s.spanPrecision(), suffix);
                add(rows, metrics, s, "span_recall", s.spanRecall(), suffix);
                add(rows, metrics, s, "span_f1", s.spanF1(), suffix);
            }
        }
        Map<String, String> own = new TreeMap<>();
        own.put("labels", String.join(",", file.labels()));
        SpanThreshold.Tuned tuned = training.train(options, choice);
        own.put("shift", Provenance.metric(tuned.shift()));
        own.put("shift_choice", choice.describe());
        save(LoadedModel.file(tuned.model(), digest.hex(), recorded(options, own), metrics));
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("spans", spans.toString());
        described.put("labels", new ArrayList<>(file.labels()));
        described.put("documents", docs.size());
        described.put("annotated_spans", file.size());
        described.put("shift", tuned.shift());
        report(session, rows, described);
    }

    private static void add(List<MetricRow> rows, Map<String, String> metrics, SpanTraining.Scores s, String metric, double value,
                            String suffix) {
        rows.add(new MetricRow("model", metric, s.label(), s.goldSpans(), value));
        metrics.put(metric + suffix, Provenance.metric(value));
    }
}
