package org.textlens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.corpus.Document;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.portrayal.TargetSource;
import org.textlens.timeline.Granularity;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputSettings;
import org.textlens.freq.FreqSettings;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;
import picocli.CommandLine;

/**
 * The CLI's own command classes parse and check the Spark job's analysis options, so that every
 * analysing command takes the same options, defaults, checks and error messages on
 * a cluster as in a shell. It sits in the CLI's package because the commands keep their option
 * fields package-private; it only reads them and calls the commands' own methods.
 */
public final class CliOptions {
    /** A usage error, already worded as the CLI words it (exit code 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String line) {
            super(line);
        }
    }

    /**
     * A {@code --model} as given: a file the driver ships to the executors, or {@code builtin}, the
     * model inside the jar.
     */
    public record ModelSource(String value, String kind, String builtinResource) {
        public boolean builtin() {
            return value.equals(Models.BUILTIN);
        }
    }

    /** The analysing commands the Spark job runs. */
    public static final List<String> COMMANDS = List.of("freq", "sentiment", "loaded", "frames", "quotes", "timeline", "portrayal", "report");

    private final InputCommand command;

    private CliOptions(InputCommand command) {
        this.command = command;
    }

    /**
     * Parses {@code COMMAND [options] [INPUT...]} as {@code textlens} does and validates it.
     *
     * @return the parsed command, or null when help was asked for (printed to {@code out})
     */
    public static CliOptions parse(PrintStream out, String... args) {
        Console console = new Console(InputStream.nullInputStream(), out, System.err, false);
        CommandLine cl = Main.commandLine(console);
        try {
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            CommandLine.ParseResult sub = parsed.subcommand();
            if (sub == null) {
                throw new CommandLine.ParameterException(cl, "no command given");
            }
            if (sub.isUsageHelpRequested()) {
                sub.commandSpec().commandLine().usage(out);
                return null;
            }
            if (!(sub.commandSpec().userObject() instanceof InputCommand command) || !COMMANDS.contains(sub.commandSpec().name())) {
                throw new CommandLine.ParameterException(cl, "the Spark job runs " + String.join(", ", COMMANDS)
                    + ", not '" + sub.commandSpec().name() + "'");
            }
            command.validate();
            refuseLocalOnly(command);
            return new CliOptions(command);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(Main.usageLine(e));
        }
    }

    /** Options that write a local file beside the rows have no place on a cluster. */
    private static void refuseLocalOnly(InputCommand command) {
        boolean plot = command instanceof SentimentCommand s && s.plot != null || command instanceof TimelineCommand t && t.plot != null;
        if (plot) {
            throw command.usageError("--plot draws a chart on the machine that runs the command; the Spark job writes rows only "
                + "(draw the chart from them, or with 'textlens report --from-data' from the report job's folder)");
        }
        if (command instanceof ReportCommand r) {
            if (r.fromData != null || r.writeData != null) {
                throw command.usageError("the Spark job's report writes the corpus's figures into --output; draw the report from them with "
                    + "'textlens report --from-data DIR -o report.html'");
            }
            for (String local : List.of("--title", "--max-documents")) {
                if (r.spec.commandLine().getParseResult().hasMatchedOption(local)) {
                    throw command.usageError(local + " belongs to drawing the report: give it to 'textlens report --from-data'");
                }
            }
            if (!r.reference.isEmpty()) {
                throw command.usageError("the Spark job's report has no keyness chart yet; compare the corpora with the Spark job's "
                    + "freq --reference, or give --reference to 'textlens report --write-data' on one machine");
            }
        }
    }

    /** The text of {@code textlens COMMAND --help}. */
    public static String help(String name) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Main.commandLine(new Console(InputStream.nullInputStream(), out, System.err, false)).getSubcommands().get(name).usage(out);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public String name() {
        return command.name();
    }

    public static String version() {
        return Version.current();
    }

    // ---- input and logging, shared by every command

    public List<String> inputs() {
        return command.input.inputs;
    }

    public InputSettings inputSettings() {
        return command.input.settings();
    }

    public boolean keepGoing() {
        return command.input.keepGoing;
    }

    /** {@code --threads} as given (0 when absent). */
    public int threads() {
        return command.input.threads;
    }

    public Diagnostics.Verbosity verbosity() {
        return command.logging.verbosity();
    }

    public boolean debug() {
        return command.logging.debug;
    }

    /** The input options as the CLI's JSON envelope reports them. */
    public Map<String, Object> describeInput() {
        return command.input.describe();
    }

    public AnnotationRequest annotation() {
        return command instanceof AnalysisCommand a ? a.annotation()
            : new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL, AnnotationRequest.TokenizerKind.WORD, false);
    }

    /** A {@code Diagnostics} that says nothing: for executors rebuilding what the driver already checked and reported. */
    private static Diagnostics quiet() {
        return new Diagnostics(System.err, Diagnostics.Verbosity.QUIET, false);
    }

    /** A usage error found after parsing (an unknown category of a .dic file), in the CLI's words. */
    private <T> T usage(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(Main.usageLine(e));
        }
    }

    // ---- report

    /** What the report's figures are made with ({@code --top}, {@code --scheme}). */
    public org.textlens.report.ReportSpec reportSpec() {
        ReportCommand r = (ReportCommand) command;
        return new org.textlens.report.ReportSpec(r.top, r.scheme);
    }

    // ---- freq

    private FreqCommand freq() {
        return (FreqCommand) command;
    }

    /** The analysis settings; reads the stop-word file. */
    public FreqSettings freqSettings() throws IOException {
        return freq().settings();
    }

    public Map<String, Object> describe(FreqSettings settings) {
        return freq().describe(settings);
    }

    public boolean byDoc() {
        return freq().byDoc;
    }

    public boolean tfidf() {
        return freq().tfidf;
    }

    public List<String> reference() {
        return freq().reference;
    }

    // ---- sentiment

    private SentimentCommand sentiment() {
        return (SentimentCommand) command;
    }

    public boolean builtinLexicon() {
        return !sentiment().noBuiltin;
    }

    public List<Path> lexiconFiles() {
        return sentiment().lexicons;
    }

    /** The label thresholds in effect: --thresholds, else the model's own, else the default. */
    public Thresholds thresholds() {
        return sentiment().effectiveThresholds();
    }

    /** The model file --model names (a path, or null for the shipped model or the rules: see {@link #sentimentRules()}). */
    public Path sentimentModelFile() {
        String m = sentiment().effectiveModel();
        return m == null || m.equals(Models.BUILTIN) ? null : Path.of(m);
    }

    /** True when the rules alone score ({@code --model rules}, or {@code --no-builtin} without a model). */
    public boolean sentimentRules() {
        return sentiment().effectiveModel() == null;
    }

    /** The sentiment model: the shipped one when {@code file} is null, else the model file; a bad one fails with the CLI's message. */
    public static SentimentModel sentimentModel(Path file) {
        return SentimentCommand.readModel(file == null ? Models.BUILTIN : file.toString());
    }

    public boolean summary() {
        return sentiment().summary;
    }

    public boolean explain() {
        return sentiment().explain;
    }

    public boolean wholeDocuments() {
        return sentiment().unit.equals("document");
    }

    public Map<String, Object> describe(SentimentLexicon lexicon) {
        return sentiment().describe(lexicon);
    }

    // ---- loaded

    private LoadedCommand loaded() {
        return (LoadedCommand) command;
    }

    /** The lexicon, read on the driver: a bad file fails here with FILE:LINE, an unknown category as a usage error. */
    public LoadedLexicon loadedLexicon(Diagnostics diagnostics, Optional<org.textlens.loaded.LoadedModel> learned) {
        return usage(() -> loaded().lexicon(diagnostics, learned));
    }

    /** The --model tagger, read and checked on the driver. */
    public Optional<org.textlens.loaded.LoadedModel> loadedModel() {
        return loaded().learned();
    }

    public Optional<ModelSource> loadedModelSource() {
        return Optional.ofNullable(loaded().model).map(m -> new ModelSource(m.toString(), org.textlens.loaded.LoadedModel.KIND, null));
    }

    /** On an executor: the lexicon a model's features come from (the whole built-in lexicon). */
    public static LoadedLexicon learnedLoadedLexicon() {
        return LoadedCommand.lexicon(true, List.of(), List.of(), Set.of(), quiet(), declared -> { });
    }

    /** The CLI's analyser for a run (the speakers' finder with --speakers, no weight floor under a model). */
    public static org.textlens.loaded.LoadedAnalyzer loadedAnalyzer(LoadedLexicon lexicon, boolean learned, double minWeight, boolean speakers) {
        return LoadedCommand.analyzer(lexicon, learned, minWeight, speakers);
    }

    /** The CLI's hit rows: the model's spans or the lexicon's hits. */
    public static org.textlens.engine.DocumentAnalyzer<org.textlens.loaded.HitRow> loadedHitRows(org.textlens.loaded.LoadedAnalyzer analyzer,
            Optional<org.textlens.loaded.LoadedModel> learned, boolean context, boolean sentenceKeys, boolean explain, Set<String> chosen,
            double minWeight) {
        return LoadedCommand.hitRows(analyzer, learned, context, sentenceKeys, explain, chosen, minWeight);
    }

    public boolean loadedSpeakers() {
        return loaded().speakers;
    }

    public boolean loadedExplain() {
        return loaded().explain;
    }

    /** The same lexicon on an executor, from its copies of the files. */
    public static LoadedLexicon loadedLexicon(boolean builtin, List<Path> lexicons, List<Path> dics, Set<String> categories) {
        return LoadedCommand.lexicon(builtin, lexicons, dics, categories, quiet(), declared -> { });
    }

    public boolean loadedBuiltin() {
        return !loaded().noBuiltin;
    }

    public List<Path> loadedLexiconFiles() {
        return loaded().lexicons;
    }

    public List<Path> loadedDicFiles() {
        return loaded().dics;
    }

    public Set<String> loadedCategories() {
        return loaded().chosen();
    }

    public double minWeight() {
        return loaded().minWeight;
    }

    public boolean loadedSummary() {
        return loaded().summary;
    }

    public boolean loadedContext() {
        return loaded().context;
    }

    public boolean skipRepeats() {
        return loaded().skipRepeats;
    }

    public Map<String, Object> describe(LoadedLexicon lexicon) {
        return loaded().describe(lexicon);
    }

    // ---- frames

    private FramesCommand frames() {
        return (FramesCommand) command;
    }

    /** The scheme, read on the driver: a bad file fails here with FILE:LINE. */
    public Scheme scheme() {
        return frames().scheme();
    }

    /** The same scheme on an executor, from its copies of the files. */
    public static Scheme scheme(Optional<Scheme.Builtin> builtin, List<Path> schemeFiles, List<Path> dics) {
        return FramesCommand.scheme(builtin, schemeFiles, dics);
    }

    public Optional<Scheme.Builtin> builtinScheme() {
        return frames().builtinScheme();
    }

    public List<Path> schemeFiles() {
        return frames().schemeFiles;
    }

    public List<Path> frameDicFiles() {
        return frames().dics;
    }

    public Presence presence(Scheme scheme) {
        return frames().presence(scheme);
    }

    public boolean documentLevel() {
        return frames().documentLevel();
    }

    public boolean primary() {
        return frames().primary;
    }

    public double minScore() {
        return frames().minScore;
    }

    public Map<String, Object> describe(Scheme scheme, Presence presence, org.textlens.frames.FramesModel learned) {
        return frames().describe(scheme, presence, new org.textlens.frames.FramesAnalyzer(scheme, presence, learned), learned);
    }

    /** The --model, read and checked against --scheme on the driver (null without one). */
    public org.textlens.frames.FramesModel framesModel() {
        return usage(() -> frames().learned());
    }

    /** The built-in scheme a model was trained with. */
    public static Scheme learnedScheme(org.textlens.frames.FramesModel learned) {
        return FramesCommand.builtinScheme(learned.scheme());
    }

    public Optional<ModelSource> framesModelSource() {
        return Optional.ofNullable(frames().model)
            .map(m -> new ModelSource(m, org.textlens.frames.FramesModel.KIND, FramesCommand.BUILTIN_MODEL));
    }

    public boolean framesExplain() {
        return frames().explain;
    }

    // ---- quotes

    private QuotesCommand quotes() {
        return (QuotesCommand) command;
    }

    public boolean speechVerbsBuiltin() {
        return !quotes().noBuiltin;
    }

    public List<Path> speechVerbFiles() {
        return quotes().lexicons;
    }

    public boolean quotesSummary() {
        return quotes().summary;
    }

    public Map<String, Object> describe(SpeechVerbs verbs) {
        return quotes().describe(verbs);
    }

    // ---- timeline

    private TimelineCommand timeline() {
        return (TimelineCommand) command;
    }

    /** {@code --all}: every expression in text order. */
    public boolean allExpressions() {
        return timeline().all;
    }

    /** {@code --group-by}, if given. */
    public Optional<Granularity> groupBy() {
        return Optional.ofNullable(timeline().groupBy);
    }

    public Map<String, Object> timelineOptions() {
        return timeline().options();
    }

    /** The CLI's warning about {@code count} documents without a date. */
    public static String undatedWarning(long count) {
        return TimelineCommand.Undated.message(count);
    }

    // ---- portrayal

    private PortrayalCommand portrayal() {
        return (PortrayalCommand) command;
    }

    /** The targets, read on the driver: a bad --targets line fails here with FILE:LINE. */
    public TargetSource targetSource() {
        return portrayal().targetSource();
    }

    /** The same targets on an executor, from its copy of the --targets file (null: none). */
    public static TargetSource targetSource(String targetsField, List<String> targetNames, Path targetsFile) {
        return PortrayalCommand.targetSource(targetsField, targetNames, targetsFile);
    }

    /** The CLI's check of the record fields a portrayal run needs (target spans, a group); throws InputException. */
    public static void checkRecord(Document doc, String targetsField, String groupField) {
        PortrayalCommand.check(doc, targetsField, groupField);
    }

    /** {@code --targets-field}, or null. */
    public String targetsField() {
        return portrayal().targetsField;
    }

    public List<String> targetNames() {
        return portrayal().targetNames;
    }

    /** {@code --targets}, or null. */
    public Path targetsFile() {
        return portrayal().targetsFile;
    }

    /** {@code --group-field}, or null. */
    public String groupField() {
        return portrayal().groupField;
    }

    public boolean portrayalSummary() {
        return portrayal().summary;
    }

    public boolean portrayalExplain() {
        return portrayal().explain;
    }

    public Map<String, Object> describe(TargetSource source) {
        return portrayal().describe(source);
    }
}
