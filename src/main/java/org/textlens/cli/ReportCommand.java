package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.textlens.engine.Runner;
import org.textlens.freq.FreqSettings;
import org.textlens.lexicon.StopWords;
import org.textlens.freq.TermCounts;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import org.textlens.output.OutputFormat;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.frames.SchemeBuilder;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.report.FramesSection;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.report.FreqSection;
import org.textlens.report.PortrayalSection;
import org.textlens.report.QuotesSection;
import org.textlens.report.TimelineSection;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.portrayal.PortrayalModel;
import org.textlens.portrayal.TargetSource;
import org.textlens.timeline.TimelineAnalyzer;
import org.textlens.report.LoadedSection;
import org.textlens.report.ReportBuilder;
import org.textlens.report.ReportSettings;
import org.textlens.report.Section;
import org.textlens.report.SentimentSection;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;
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
        "  textlens report --reference archive/ --top 40 -o keyness.html today/"})
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
        if (output == null && parent.console().stdoutIsTerminal()) {
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
    }

    @Override
    void run(Session session) throws IOException {
        FreqSettings terms = new FreqSettings(1, 1, true, FreqSettings.BaseForm.NONE, StopWords.english(), false, Optional.empty(), 1, 1, top);
        Runner runner = session.runner(new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, false));
        Optional<TermCounts> ref = reference.isEmpty() ? Optional.empty()
            : Optional.of(FreqCommand.referenceCounts(session, runner, terms, reference));
        SentimentModel sentimentModel = SentimentCommand.builtinModel(); // scored as `sentiment` scores by default
        Thresholds thresholds = sentimentModel.thresholds().orElse(new Thresholds(-0.05, 0.05));
        List<Section<?>> sections = List.of(
            new FreqSection(terms, ref),
            new SentimentSection(new SentimentAnalyzer(SentimentLexicon.load(true, List.of()), thresholds, sentimentModel), thresholds),
            new LoadedSection(new LoadedAnalyzer(LoadedLexicon.load(true, List.of(), List.of(), Set.of()), 0)),
            frames(),
            new QuotesSection(new QuotesAnalyzer(SpeechVerbs.load(true, List.of()))),
            new PortrayalSection(new PortrayalAnalyzer(TargetSource.found(), PortrayalModel.builtin())),
            new TimelineSection(new TimelineAnalyzer(false)));
        ReportBuilder builder = new ReportBuilder(new ReportSettings(title, maxDocuments, Version.current(), describe()), sections);
        if (builder.needsPos()) {
            runner = session.runner(new AnnotationRequest(SentenceMode.MODEL, TokenizerKind.WORD, true));
        }
        builder.build(runner, session.feed(), session.stream());
    }

    /** The built-in scheme with its calibrated presence rule, as frames --level document --primary uses it. */
    private FramesSection frames() {
        Scheme.Builtin builtin = Scheme.Builtin.valueOf(scheme.toUpperCase(java.util.Locale.ROOT));
        SchemeBuilder builder = new SchemeBuilder().add(builtin);
        Scheme frames = builder.build(builder.describe());
        return new FramesSection(new FramesAnalyzer(frames, Presence.of(frames)), builtin.schemeName(), frames.frames());
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
