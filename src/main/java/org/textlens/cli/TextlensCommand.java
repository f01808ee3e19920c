package org.textlens.cli;

import picocli.CommandLine.Command;

/** The top-level command: only a home for the subcommands and the shared streams. */
@Command(name = "textlens", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Analyse news and media text: frequencies, sentiment, loaded terms, frames, quotes, timelines, portrayal, reports.",
    subcommands = {ExtractCommand.class, FreqCommand.class, SentimentCommand.class, LoadedCommand.class, FramesCommand.class, QuotesCommand.class,
        TimelineCommand.class, PortrayalCommand.class, ReportCommand.class, TrainCommand.class, CompletionCommand.class, picocli.CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 failed run, 2 usage error, 3 finished but --keep-going skipped inputs.",
        "Output schemas: docs/output.md"})
public final class TextlensCommand implements Runnable, HasConsole {
    private final Console console;

    public TextlensCommand(Console console) {
        this.console = console;
    }

    @Override
    public Console console() {
        return console;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no command given");
    }
}
