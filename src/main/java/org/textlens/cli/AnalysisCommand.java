package org.textlens.cli;

import java.nio.file.Path;
import org.textlens.output.OutputFormat;
import picocli.CommandLine.Mixin;

/** A command that writes rows: the input options, and --format and -o for its output. */
abstract class AnalysisCommand extends InputCommand {
    @Mixin
    OutputOptions output;

    @Override
    Path outputFile() {
        return output.output;
    }

    @Override
    OutputFormat outputFormat() {
        return output.format;
    }
}
