package org.textlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputException;
import org.textlens.output.OutputFormat;
import org.textlens.output.OutputTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/**
 * The shape every analysing command shares: read inputs, analyse, write rows, and turn what
 * happened into one exit code. Subclasses only wire their analyser in {@link #run(Session)}.
 */
abstract class AnalysisCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    LoggingOptions logging;

    @ParentCommand
    TextlensCommand parent;

    /** The command's name, as in {@code textlens NAME}. */
    abstract String name();

    @Spec
    CommandSpec spec;

    /** Validates option combinations; call {@link #usageError(String)} for a usage error (exit 2). */
    void validate() {
    }

    /** Whether the command writes {@code --format timeml} (documents with inline annotations). */
    boolean writesTimeml() {
        return false;
    }

    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    abstract void run(Session session) throws IOException;

    @Override
    public final Integer call() {
        Console console = parent.console();
        if (output.format == OutputFormat.TIMEML && !writesTimeml()) {
            throw usageError("--format timeml is written by the timeline command only; use csv, tsv, json or jsonl");
        }
        validate();
        Diagnostics diagnostics = new Diagnostics(console.err(), logging.verbosity(), input.keepGoing);
        OutputTarget target;
        try {
            if (output.output == null) {
                target = OutputTarget.stdout(console.out());
            } else if (output.format == OutputFormat.TIMEML && java.nio.file.Files.isDirectory(output.output)) {
                target = OutputTarget.stdout(java.io.OutputStream.nullOutputStream()); // one file per document, written by the command
            } else {
                target = OutputTarget.file(output.output);
            }
        } catch (IOException e) {
            return fail(diagnostics, e, output.output + ": cannot write: " + reason(e) + " (check that the folder exists and is writable)");
        }
        try (target) {
            run(new Session(name(), input, output.format, target, diagnostics, console));
            target.commit();
        } catch (InputException e) {
            return fail(diagnostics, e, e.describe());
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (output.output == null && isBrokenPipe(io)) {
                return ExitCode.OK; // the reader of our output has had enough (e.g. `| head`)
            }
            String where = output.output == null ? "stdout" : output.output.toString();
            return fail(diagnostics, io, where + ": cannot write: " + reason(io));
        }
        List<String> skipped = diagnostics.skipped();
        if (!skipped.isEmpty()) {
            diagnostics.error(skipped.size() + " input(s) skipped: " + summarize(skipped));
            return ExitCode.SKIPPED;
        }
        return ExitCode.OK;
    }

    private int fail(Diagnostics diagnostics, Exception e, String message) {
        diagnostics.error(message);
        if (logging.debug) {
            e.printStackTrace(parent.console().err());
        }
        return ExitCode.FAILED;
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    private static String summarize(List<String> skipped) {
        return skipped.size() <= 5 ? String.join(", ", skipped)
            : String.join(", ", skipped.subList(0, 5)) + " and " + (skipped.size() - 5) + " more";
    }
}
