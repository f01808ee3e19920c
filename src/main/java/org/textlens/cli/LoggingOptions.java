package org.textlens.cli;

import org.textlens.corpus.Diagnostics;
import picocli.CommandLine.Option;

/** How talkative textlens is on stderr. */
public final class LoggingOptions {
    @Option(names = {"-q", "--quiet"}, description = "No warnings; errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also report what was read and how long it took.")
    boolean verbose;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    Diagnostics.Verbosity verbosity() {
        return quiet ? Diagnostics.Verbosity.QUIET : verbose ? Diagnostics.Verbosity.VERBOSE : Diagnostics.Verbosity.NORMAL;
    }
}
