package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.engine.Runner;
import org.textlens.freq.FreqSettings;
import org.textlens.freq.TermCounts;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import org.textlens.output.OutputFormat;
import org.textlens.report.ReportBuilder;
import org.textlens.report.ReportData;
import org.textlens.report.ReportPage;
import org.textlens.report.ReportSections;
import org.textlens.report.ReportSettings;
import org.textlens.report.ReportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens report}: one self-contained HTML file with every analysis, charts and the marked-up texts. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Write one self-contained HTML report of every analysis, with charts and marked-up texts.",
        "Corpus charts of every analysis, a sortable document list, and a view of "
        + "each document with its sentiment arc and its text marked up (sentences tinted by sentiment, loaded terms highlighted, "
        + "people and organisations underlined by how they are portrayed).",
        "Everything is inline; the file fetches nothing when opened. Details: docs/report.md."},
    footer = {"", "Examples:",
        "  textlens report -o report.html articles/",
        "  textlens report --input-format jsonl --text-field body --date-field published -o week.html week.jsonl",
        "  textlens report --reference archive/ --top 40 -o keyness.html today/",
        "  textlens report --write-data figures/ week.jsonl        (the corpus's figures as CSV files)",
        "  textlens report --from-data figures/ -o week.html       (the report drawn from them)"})
final class ReportCommand extends InputCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html",
        description = "Write the report to FILE (replaced only when the run succeeds). Without it the HTML goes to stdout, "
            + "which must not be a terminal.")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "textlens report", description = "The report's title. Default: ${DEFAULT-VALUE}.")
    String title;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Terms in the term charts. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--reference", paramLabel = "FILE",
        description = "Reference corpus (file or folder; repeat for more): adds a keyness chart, as freq --reference.")
    List<String> reference = new ArrayList<>();

    @Option(names = "--scheme", paramLabel = "NAME", defaultValue = "generic", completionCandidates = FramesCommand.Schemes.class,
        description = "Frame scheme: generic or policy, as frames --scheme. Default: ${DEFAULT-VALUE}.")
    String scheme;

    @Option(names = "--max-documents", paramLabel = "N", defaultValue = "1000",
        description = "Documents with a view of their own; later ones are listed and counted but not shown. Default: ${DEFAULT-VALUE}.")
    int maxDocuments;

    @Option(names = "--write-data", paramLabel = "DIR",
        description = "Also write the corpus's figures (counts and sums behind every chart) as CSV files into DIR, "
            + "as the Spark job's report writes them; without -o, write only the figures.")
    Path writeData;

    @Option(names = "--from-data", paramLabel = "DIR",
        description = "Draw the report from the figures in DIR (written by --write-data or the Spark job) instead of reading a corpus: "
            + "the same charts, without the document list and views.")
    Path fromData;

    @Override
    String name() {
        return "report";
    }

    @Override
    Path outputFile() {
        return output;
    }

    /** None: the report writes HTML, not rows. */
    @Override
    OutputFormat outputFormat() {
        return null;
    }

    @Override
    void validateOutput() {
        if (output == null && writeData == null && parent.console().stdoutIsTerminal()) {
            throw usageError("the report is an HTML file; give -o FILE.html, or redirect stdout to a file");
        }
    }

    @Override
    void validate() {
        if (!scheme.equals("generic") && !scheme.equals("policy")) {
            throw usageError("--scheme must be generic or policy, not '" + scheme + "'");
        }
        if (top < 1 || maxDocuments < 0) {
            throw usageError("--top must be at least 1 and --max-documents at least 0");
        }
        if (fromData != null) {
            if (writeData != null) {
                throw usageError("--from-data draws a report from figures written before; it cannot write them too (drop --write-data)");
            }
            if (!input.inputs.isEmpty()) {
                throw usageError("--from-data draws the report from the figures in " + fromData + "; give no input files");
            }
            for (String fixed : List.of("--top", "--scheme", "--reference", "--max-documents")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(fixed)) {
                    throw usageError(fixed + " is fixed when the figures are written; give it with --write-data (or to the Spark job)");
                }
            }
        }
    }

    @Override
    void run(Session session) throws IOException {
        if (fromData != null) {
            ReportData data = ReportData.read(fromData);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("command", "report");
            options.put("from_data", fromData.toString());
            options.put("top", data.spec().top());
            options.put("scheme", data.spec().scheme());
            ReportPage.write(new ReportSettings(title, 0, Version.current(), options), data, fromData.toString(), session.stream());
            return;
        }
        ReportSpec figures = new ReportSpec(top, scheme);
        FreqSettings terms = figures.freqSettings();
        Runner runner = session.runner(new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, false));
        Optional<TermCounts> ref = reference.isEmpty() ? Optional.empty()
            : Optional.of(FreqCommand.referenceCounts(session, runner, terms, reference));
        ReportSections sections = ReportSections.create(figures, ref, ReportSections.Analyzers.of(figures));
        ReportBuilder builder = new ReportBuilder(new ReportSettings(title, maxDocuments, Version.current(), describe()), figures, sections);
        if (builder.needsPos()) {
            runner = session.runner(new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, true));
        }
        ReportData data = builder.build(runner, session.feed(), writeData != null && output == null ? null : session.stream());
        if (writeData != null) {
            data.writeFolder(writeData, Version.current());
        }
    }

    private Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", "report");
        m.putAll(input.describe());
        m.put("top", top);
        m.put("reference", reference);
        m.put("scheme", scheme);
        m.put("max_documents", maxDocuments);
        return m;
    }
}
