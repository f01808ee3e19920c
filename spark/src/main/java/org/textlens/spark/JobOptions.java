package org.textlens.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.textlens.cli.CliOptions.UsageException;

/**
 * The options only the Spark job has: where the corpus is ({@code --input PATH}, repeatable, or
 * positional as in the CLI), where the results go ({@code --output PATH}, a folder) and in which
 * format. Everything else is the CLI's command line, left in {@link #commandArgs()}.
 *
 * @param commandArgs the command and its analysis options, as {@code textlens} takes them
 * @param inputs the {@code --input} paths (positional inputs stay in {@code commandArgs})
 * @param output the output folder
 * @param format the output format
 */
public record JobOptions(List<String> commandArgs, List<String> inputs, String output, OutputKind format) {

    /** How result rows are written. */
    public enum OutputKind {
        CSV("csv"), TSV("tsv"), JSONL("jsonl"), PARQUET("parquet");

        final String extension;

        OutputKind(String extension) {
            this.extension = extension;
        }
    }

    public static JobOptions parse(String... args) {
        List<String> rest = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        String output = null;
        OutputKind format = OutputKind.CSV;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean joined = !name.equals(arg);
            if (!name.equals("--input") && !name.equals("--output") && !name.equals("-o") && !name.equals("--format")) {
                rest.add(arg);
                continue;
            }
            String value;
            if (joined) {
                value = arg.substring(name.length() + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("textlens: error: missing value for " + name + " (see 'SparkMain --help')");
            }
            switch (name) {
                case "--input" -> inputs.add(value);
                case "--format" -> format = format(value);
                default -> output = value;
            }
        }
        if (output == null && !rest.contains("--help") && !rest.contains("-h") && !rest.isEmpty()) {
            throw new UsageException("textlens: error: the Spark job needs --output PATH, the folder for the results (see 'SparkMain --help')");
        }
        return new JobOptions(List.copyOf(rest), List.copyOf(inputs), output, format);
    }

    private static OutputKind format(String value) {
        for (OutputKind k : OutputKind.values()) {
            if (k.extension.equals(value.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new UsageException("textlens: error: --format must be csv, tsv, jsonl or parquet, not '" + value
            + "' (the Spark job writes a folder of part files; see 'SparkMain --help')");
    }
}
