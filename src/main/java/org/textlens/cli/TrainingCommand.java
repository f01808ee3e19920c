package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.learn.Folds;
import org.textlens.learn.MetricRow;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Solver;
import org.textlens.learn.TrainingOptions;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.output.OutputFormat;
import org.textlens.output.RowWriter;
import picocli.CommandLine.Option;

/**
 * What every {@code textlens train TASK} shares: the model file ({@code -o}), cross-validation
 * ({@code --folds}), the optimiser's options, the report of cross-validated figures on stdout, and
 * reading labelled documents with the CLI's input options. A subclass reads its labels, builds its
 * instances with its analyser's features, and says which figures to report.
 */
abstract class TrainingCommand extends InputCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true,
        description = "Write the model to MODEL (replaced only when training succeeds).")
    Path model;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
        description = "Cross-validate with K folds (documents dealt to folds by a fixed shuffle) and report the figures; "
            + "0 skips it. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--c", paramLabel = "C", defaultValue = "1",
        description = "Regularisation: larger fits the training data more closely (liblinear's C). Default: ${DEFAULT-VALUE}.")
    double c;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
        description = "Keep only features seen in at least N training documents. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--balanced", description = "Weigh each class inversely to its frequency (helps rare classes).")
    boolean balanced;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
        description = "Format of the cross-validation report on stdout: csv, tsv, json, jsonl. Default: ${DEFAULT-VALUE}.",
        converter = EnumConverters.OutputFormatConverter.class, completionCandidates = EnumConverters.OutputFormats.class)
    OutputFormat format;

    /** The task's name, as in {@code textlens train NAME}; also the kind of the model file. */
    abstract String task();

    @Override
    final String name() {
        return "train " + task();
    }

    @Override
    void validateOutput() {
        if (format == OutputFormat.TIMEML) {
            throw usageError("--format timeml is written by the timeline command only; use csv, tsv, json or jsonl");
        }
        if (folds == 1 || folds < 0) {
            throw usageError("--folds must be 0 (no cross-validation) or at least 2, not " + folds);
        }
        if (!(c > 0) || Double.isInfinite(c)) {
            throw usageError("--c must be a number > 0, not " + c);
        }
        if (minCount < 1) {
            throw usageError("--min-count must be at least 1, not " + minCount);
        }
    }

    @Override
    Path outputFile() {
        return null; // the report goes to stdout; the model to -o
    }

    @Override
    OutputFormat outputFormat() {
        return format;
    }

    TrainingOptions options(Solver solver) {
        return new TrainingOptions(solver, c, minCount, balanced);
    }

    /** A document and what the task's analyser made of it. */
    record Read<F>(Document doc, F features) {
    }

    /** Every input document with its features, in input order (features made on the worker threads). */
    <F> List<Read<F>> read(Session session, AnnotationRequest request, Function<AnnotatedDocument, F> features) {
        List<Read<F>> out = new ArrayList<>();
        session.runner(request).map(session.feed(), doc -> Stream.of(new Read<>(doc.doc(), features.apply(doc))), out::add);
        if (out.isEmpty()) {
            throw new InputException(input.inputs.isEmpty() ? "-" : String.join(", ", input.inputs), "no documents to train on",
                "give files of labelled documents, e.g. --input-format jsonl with a '" + "label" + "' field");
        }
        return out;
    }

    /** The fold of each of {@code n} documents, or null without cross-validation. */
    int[] folds(int n) {
        if (folds == 0) {
            return null;
        }
        if (n < folds) {
            throw new InputException(String.join(", ", input.inputs), n + " documents cannot be split into " + folds + " folds",
                "give more documents or fewer --folds");
        }
        return Folds.assign(n, folds);
    }

    /** A problem with one record's fields: {@code FILE:LINE: what (hint)}, exit 1. */
    static InputException badRecord(Document doc, String what, String hint) {
        String origin = doc.origin().isEmpty() ? doc.id() : doc.origin();
        int colon = origin.lastIndexOf(':');
        if (colon > 0 && origin.substring(colon + 1).chars().allMatch(Character::isDigit) && colon < origin.length() - 1) {
            return new InputException(origin.substring(0, colon), OptionalLong.of(Long.parseLong(origin.substring(colon + 1))), what, hint);
        }
        return new InputException(origin, what, hint);
    }

    /** Writes the model file; a file problem is the run's one error line. */
    void save(ModelFile file) {
        try {
            file.write(model);
        } catch (IOException e) {
            throw new InputException(model.toString(), "cannot write the model: " + reason(e), "check that the folder exists and is writable");
        }
    }

    /** Writes the cross-validated figures to stdout. */
    void report(Session session, List<MetricRow> rows, Map<String, Object> options) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(options);
        all.put("model", model.toString());
        all.put("folds", folds);
        all.put("c", c);
        all.put("min_count", minCount);
        all.put("balanced", balanced);
        try (RowWriter w = session.writer(MetricRow.SCHEMA, all)) {
            for (MetricRow row : rows) {
                w.write(row);
            }
        }
    }

    /** The training options as a model file records them, with the task's own. */
    Map<String, String> recorded(TrainingOptions options, Map<String, String> own) {
        Map<String, String> m = new LinkedHashMap<>(options.describe());
        m.put("folds", Integer.toString(folds));
        m.putAll(own);
        return m;
    }
}
