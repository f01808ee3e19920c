package org.textlens.cli;

import java.nio.file.Path;
import org.textlens.output.OutputFormat;
import picocli.CommandLine.Option;

/** Where results go and in which format; shared by every command that writes rows. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
        description = "csv, tsv, json (one object with the options and results), jsonl (one result per line), or timeml (timeline only: documents with TIMEX3 tags; -o FOLDER writes one file per document). Default: ${DEFAULT-VALUE}.",
        converter = EnumConverters.OutputFormatConverter.class, completionCandidates = EnumConverters.OutputFormats.class)
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write to FILE instead of stdout; it is replaced only when the run succeeds.")
    Path output;
}
