package org.textlens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputSettings;
import org.textlens.freq.FreqSettings;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.Thresholds;
import picocli.CommandLine;

/**
 * The CLI's own command classes parse and check the Spark job's analysis options, so that
 * {@code freq} and {@code sentiment} take the same options, defaults, checks and error messages on
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

    private final AnalysisCommand command;

    private CliOptions(AnalysisCommand command) {
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
            if (!(sub.commandSpec().userObject() instanceof AnalysisCommand command)
                || !(command instanceof FreqCommand || command instanceof SentimentCommand)) {
                throw new CommandLine.ParameterException(cl, "the Spark job runs freq and sentiment, not '" + sub.commandSpec().name() + "'");
            }
            command.validate();
            return new CliOptions(command);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(Main.usageLine(e));
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
        return command instanceof FreqCommand f ? f.annotation() : sentiment().annotation();
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

    public Thresholds thresholds() {
        return sentiment().limits;
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
}
