package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.corpus.InputFormat;
import org.textlens.engine.Runner;
import org.textlens.output.RowWriter;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.portrayal.Bootstrap;
import org.textlens.portrayal.EntityNames;
import org.textlens.portrayal.GroupRow;
import org.textlens.portrayal.MentionRow;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.portrayal.PortrayalModel;
import org.textlens.portrayal.SummaryRow;
import org.textlens.portrayal.TargetSource;
import org.textlens.portrayal.TargetSpans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens portrayal}: how each person and organisation is portrayed, mention by mention. */
@Command(name = "portrayal", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"How each person and organisation is portrayed: negative, neutral or positive, target by target.",
        "A sentence can praise one person and attack another; each target gets its own label, from a model learned from",
        "annotated political news (NewsMTSC) over the sentence's structure around the target.",
        "Targets: every person and organisation the text names (default), the names you give (--target, --targets),",
        "or the spans a JSONL/CSV record gives (--targets-field).",
        "Rows: doc_id,sentence,target,target_start,target_end,entity,label,score,text (+evidence with --explain);",
        "with --summary doc_id,entity,mentions,mean,share_negative,share_neutral,share_positive;",
        "with --group-field group,entity,documents,mentions,mean,ci_low,ci_high,share_negative,share_neutral,share_positive.",
        "Method and evaluation: docs/portrayal.md."},
    footer = {"", "Examples:",
        "  textlens portrayal --explain article.txt",
        "  textlens portrayal --target 'Victoria Nuland' --target Moscow article.txt",
        "  textlens portrayal --summary --group-field outlet --input-format jsonl corpus.jsonl",
        "  textlens portrayal --input-format jsonl --text-field sentence --targets-field=targets annotated.jsonl"})
final class PortrayalCommand extends AnalysisCommand {
    @Option(names = "--target", paramLabel = "NAME",
        description = "A person or organisation to follow (repeatable); its surname and he/she/him/her resolving to it count too.")
    List<String> targetNames = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE",
        description = "Targets from a TSV file: one entity per line, its name, then its aliases, tab-separated.")
    Path targetsFile;

    @Option(names = "--targets-field", paramLabel = "NAME", arity = "0..1", fallbackValue = "targets",
        description = "Portray the spans each JSONL/CSV/TSV record gives in field NAME (default name: targets): a JSON list of "
            + "{\"from\": N, \"to\": M}, code-point offsets into the text, end exclusive. One row per span, in the given order.")
    String targetsField;

    @Option(names = "--explain", description = "Add an evidence column: the features that decided the label, grouped by whether they "
        + "belong to this target, its own words, another speaker's words, another target, or the sentence.")
    boolean explain;

    @Option(names = "--summary", description = "One row per document and entity: mentions, mean score, share of each label.")
    boolean summary;

    @Option(names = "--group-field", paramLabel = "NAME",
        description = "With --summary: one row per value of this JSONL/CSV/TSV field (e.g. an outlet) and entity, across documents, "
            + "with a 95%% bootstrap confidence interval of the mean score (documents resampled, fixed seed).")
    String groupField;

    @Override
    String name() {
        return "portrayal";
    }

    @Override
    void validate() {
        boolean named = !targetNames.isEmpty() || targetsFile != null;
        boolean records = input.format == InputFormat.JSONL || input.format == InputFormat.CSV || input.format == InputFormat.TSV;
        if (targetsField != null && named) {
            throw usageError("--targets-field takes the targets from the records; it cannot be combined with --target or --targets");
        }
        if (targetsField != null && !records) {
            throw usageError("--targets-field reads a field of JSONL, CSV or TSV records; give --input-format jsonl, csv or tsv");
        }
        if (targetsField != null && input.inputs.isEmpty() && Files.isRegularFile(Path.of(targetsField))) {
            throw usageError("--targets-field took '" + targetsField + "' as the field name; write --targets-field=NAME, "
                + "or put the option after the input files");
        }
        if (groupField != null && !summary) {
            throw usageError("--group-field groups the summary; add --summary");
        }
        if (groupField != null && !records) {
            throw usageError("--group-field reads a field of JSONL, CSV or TSV records; give --input-format jsonl, csv or tsv");
        }
        if (summary && explain) {
            throw usageError("--explain works on mention rows; it cannot be combined with --summary");
        }
        for (String t : targetNames) {
            if (t.isBlank()) {
                throw usageError("--target needs a name, not an empty string");
            }
        }
    }

    @Override
    AnnotationRequest annotation() {
        return PortrayalAnalyzer.ANNOTATION;
    }

    @Override
    void run(Session session) throws IOException {
        TargetSource source = targetSource();
        PortrayalAnalyzer analyzer = new PortrayalAnalyzer(source, PortrayalModel.builtin());
        Runner runner = session.runner(annotation());
        Runner.Feed feed = checked(session);
        Map<String, Object> options = describe(source);
        if (groupField != null) {
            GroupRow.Collector groups = new GroupRow.Collector();
            runner.map(feed, analyzer.tallies(groupField), groups::add);
            try (RowWriter w = session.writer(GroupRow.SCHEMA, options)) {
                groups.rows().forEach(row -> Rows.write(w, row));
            }
        } else if (summary) {
            try (RowWriter w = session.writer(SummaryRow.SCHEMA, options)) {
                runner.map(feed, analyzer.summaries(), row -> Rows.write(w, row));
            }
        } else {
            try (RowWriter w = session.writer(explain ? MentionRow.SCHEMA_EXPLAINED : MentionRow.SCHEMA, options)) {
                runner.map(feed, analyzer.mentions(explain), row -> Rows.write(w, row));
            }
        }
    }

    /** The targets: --targets-field, --target and --targets, or every name found. */
    TargetSource targetSource() {
        return targetSource(targetsField, targetNames, targetsFile);
    }

    /** The targets from their sources; the Spark job's executors call it with their copy of the --targets file. */
    static TargetSource targetSource(String targetsField, List<String> targetNames, Path targetsFile) {
        if (targetsField != null) {
            return TargetSource.spans(targetsField);
        }
        if (targetNames.isEmpty() && targetsFile == null) {
            return TargetSource.found();
        }
        List<EntityNames> entities = new ArrayList<>();
        targetNames.forEach(n -> entities.add(EntityNames.of(n)));
        if (targetsFile != null) {
            entities.addAll(EntityNames.readFile(targetsFile));
        }
        return TargetSource.named(entities);
    }

    /**
     * The documents, with the record fields this run needs checked on the reading thread: a record
     * with malformed target spans or without its group is reported with its file and line (and
     * skipped under --keep-going).
     */
    private Runner.Feed checked(Session session) {
        Runner.Feed feed = session.feed();
        if (targetsField == null && groupField == null) {
            return feed;
        }
        return sink -> feed.forEach(doc -> {
            try {
                check(doc);
                sink.accept(doc);
            } catch (InputException e) {
                session.diagnostics().inputError(e);
            }
        });
    }

    private void check(Document doc) {
        check(doc, targetsField, groupField);
    }

    /** Checks the record fields a run needs: well-formed target spans, a group. */
    static void check(Document doc, String targetsField, String groupField) {
        if (targetsField != null) {
            TargetSpans.of(doc, targetsField);
        }
        if (groupField != null && !doc.meta().containsKey(groupField)) {
            throw new InputException(doc.origin(), "no field '" + groupField + "' in this record",
                "give every record its group, or name the field with --group-field");
        }
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(TargetSource source) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("targets", source.describe());
        options.put("target_names", targetNames);
        options.put("targets_file", targetsFile == null ? "" : targetsFile.toString());
        options.put("summary", summary);
        options.put("group_field", groupField == null ? "" : groupField);
        options.put("explain", explain);
        options.put("model", "newsmtsc-train");
        if (groupField != null) {
            options.put("bootstrap_resamples", Bootstrap.RESAMPLES);
            options.put("bootstrap_seed", Bootstrap.SEED);
        }
        return options;
    }
}
