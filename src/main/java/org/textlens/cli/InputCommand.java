package org.textlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputException;
import org.textlens.learn.ModelException;
import org.textlens.output.OutputFormat;
import org.textlens.output.OutputTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/**
 * The shape every command that reads documents shares: read inputs, analyse, write the result to
 * stdout or atomically to a file, and turn what happened into one exit code. Subclasses only wire
 * their analyser in {@link #run(Session)} and say where the output goes.
 */
abstract class InputCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    LoggingOptions logging;

    @ParentCommand
    HasConsole parent;

    /** The command's name, as in {@code textlens NAME}. */
    abstract String name();

    @Spec
    CommandSpec spec;

    /** Validates option combinations; call {@link #usageError(String)} for a usage error (exit 2). */
    void validate() {
    }

    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    abstract void run(Session session) throws IOException;

    /** The file given with -o, or null for stdout. */
    abstract Path outputFile();

    /** Checks the output options before anything is read; call {@link #usageError(String)} for a usage error. */
    void validateOutput() {
    }

    /** Whether -o was given as a folder: with a trailing slash ({@code -o out/}). */
    boolean outputNamesFolder() {
        var option = spec.commandLine().getParseResult().matchedOption("-o");
        if (option == null) {
            return false;
        }
        List<String> given = option.stringValues();
        String last = given.isEmpty() ? "" : given.get(given.size() - 1);
        return last.endsWith("/") || last.endsWith(java.io.File.separator);
    }

    /** Whether -o may name a folder, to hold one file per document. */
    boolean writesIntoFolder() {
        return false;
    }

    /** Where the output goes: stdout, or the -o file written atomically. */
    OutputTarget openTarget(Console console) throws IOException {
        Path file = outputFile();

        return file == null ? OutputTarget.stdout(console.out()) : OutputTarget.file(file);
    }

    /** The row format; null for a command that writes no rows. */
    abstract OutputFormat outputFormat();

    @Override
    public final Integer call() {
        Console console = parent.console();
        validateOutput();
        validate();
        if (outputNamesFolder() && !writesIntoFolder()) {
            throw usageError("-o " + outputFile() + "/ names a folder, and " + name() + " writes one file: give a file name");
        }
        Diagnostics diagnostics = new Diagnostics(console.err(), logging.verbosity(), input.keepGoing);
        Path file = outputFile();
        OutputTarget target;
        try {
            target = openTarget(console);
        } catch (IOException e) {
            return fail(diagnostics, e, file + ": cannot write: " + reason(e) + " (check that the folder exists and is writable)");
        }
        try (target) {
            run(new Session(name(), input, outputFormat(), target, diagnostics, console));
            target.commit();
        } catch (InputException e) {
            return fail(diagnostics, e, e.describe());
        } catch (ModelException e) {
            fail(diagnostics, e, e.describe());
            return ExitCode.USAGE; // a model for another version or command is a wrong argument, not bad data

        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (file == null && isBrokenPipe(io)) {
                return ExitCode.OK; // the reader of our output has had enough (e.g. `| head`)
            }
            String where = file == null ? "stdout" : file.toString();
            return fail(diagnostics, io, where + ": cannot write: " + reason(io));
        }
        List<String> skipped = diagnostics.skipped();
        List<String> partly = diagnostics.partlyRead();
        if (!skipped.isEmpty()) {
            diagnostics.error(skipped.size() + " input(s) skipped: " + summarize(skipped));
        }
        if (!partly.isEmpty()) {
            diagnostics.error(partly.size() + " input(s) read in part: " + summarize(partly));
        }
        return skipped.isEmpty() && partly.isEmpty() ? ExitCode.OK : ExitCode.SKIPPED;
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
