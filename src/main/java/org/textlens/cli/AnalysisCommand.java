package org.textlens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.output.OutputFormat;
import org.textlens.output.OutputTarget;
import picocli.CommandLine.Mixin;

/** A command that writes rows: the input options, and --format and -o for its output. */
abstract class AnalysisCommand extends InputCommand {
    @Mixin
    OutputOptions output;

    /** What the analysis needs of each document: sentences split by the model, word tokens, no tags (most commands). */
    AnnotationRequest annotation() {
        return new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL, AnnotationRequest.TokenizerKind.WORD, false);
    }

    /** Whether the command writes {@code --format timeml} (documents with inline annotations). */
    boolean writesTimeml() {
        return false;
    }

    @Override
    void validateOutput() {
        if (output.format == OutputFormat.TIMEML && !writesTimeml()) {
            throw usageError("--format timeml is written by the timeline command only; use csv, tsv, json or jsonl");
        }
    }

    @Override
    boolean writesIntoFolder() {
        return output.format == OutputFormat.TIMEML;
    }

    @Override
    OutputTarget openTarget(Console console) throws IOException {
        if (output.output != null && output.format == OutputFormat.TIMEML && (Files.isDirectory(output.output) || outputNamesFolder())) {
            Files.createDirectories(output.output);
            return OutputTarget.stdout(OutputStream.nullOutputStream()); // one file per document, written by the command
        }
        return super.openTarget(console);
    }

    @Override
    Path outputFile() {
        return output.output;
    }

    @Override
    OutputFormat outputFormat() {
        return output.format;
    }
}
