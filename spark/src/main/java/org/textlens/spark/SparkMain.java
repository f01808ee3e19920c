package org.textlens.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.textlens.cli.CliOptions;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputException;

/**
 * Entry point of the Spark job:
 * {@code spark-submit --class org.textlens.spark.SparkMain textlens-spark.jar COMMAND --input PATH --output PATH [--format F] [options]}.
 * The command and its options are the CLI's; exit codes are the CLI's (0 success, 1 failed run,
 * 2 usage error, 3 finished but {@code --keep-going} skipped records).
 */
public final class SparkMain {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int SKIPPED = 3;

    private static final Map<String, SparkCommand> COMMANDS = Map.of(
        "freq", new FreqJob(),
        "sentiment", new SentimentJob(),
        "loaded", new LoadedJob(),
        "frames", new FramesJob(),
        "quotes", new QuotesJob(),
        "timeline", new TimelineJob(),
        "portrayal", new PortrayalJob(),
        "report", new ReportJob());

    private static final String USAGE_TEXT = """
        Usage: spark-submit --class org.textlens.spark.SparkMain textlens-spark.jar COMMAND
                 --input PATH [--input PATH...] --output PATH [--format csv|tsv|jsonl|parquet] [options]

        Runs a textlens analysis as a Spark job, with the same results as the CLI.
          COMMAND          freq, sentiment, loaded, frames, quotes, timeline, portrayal, or report (the corpus's
                           figures for 'textlens report --from-data PATH', as CSV files)
          --input PATH     file, folder or glob that every executor can read (local, HDFS, S3...); repeatable
          --output PATH    folder for the results: part files in order (cat PATH/part-* is the CLI's output),
                           _textlens.json (options and what reading met); replaced when the job succeeds
          --format F       csv (default), tsv, jsonl or parquet
        Every other option is the CLI's: see 'textlens COMMAND --help', or COMMAND --help here.
        Spark conf spark.textlens.maxSplitBytes caps the bytes of input per partition (default: sized from
        the corpus and the cluster's parallelism, at most 128 MiB).
        """;

    private SparkMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE_TEXT);
            System.exit(args.length == 0 ? USAGE : OK);
        }
        int code;
        SparkSession spark = SparkSession.builder().appName("textlens " + String.join(" ", args)).getOrCreate();
        try {
            code = run(spark, System.out, System.err, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on {@code spark} and returns the exit code; never calls System.exit. */
    public static int run(SparkSession spark, PrintStream out, PrintStream err, String... args) {
        JobOptions job;
        CliOptions cli;
        try {
            job = JobOptions.parse(args);
            cli = CliOptions.parse(out, job.commandArgs().toArray(String[]::new));
            if (cli == null) {
                return OK; // help was asked for
            }
            if (cli.threads() != 0) {
                throw new CliOptions.UsageException("textlens: error: --threads has no meaning in the Spark job "
                    + "(set the executors' cores with spark-submit)");
            }
            if (job.inputs().isEmpty() && cli.inputs().isEmpty()) {
                throw new CliOptions.UsageException("textlens: error: the Spark job needs --input PATH (it cannot read stdin)");
            }
        } catch (CliOptions.UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        Diagnostics diagnostics = new Diagnostics(err, cli.verbosity(), cli.keepGoing());
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
        long maxSplit = org.apache.spark.network.util.JavaUtils.byteStringAsBytes(
            spark.conf().get("spark.textlens.maxSplitBytes", sc.getConf().get("spark.textlens.maxSplitBytes", "0")));
        JobContext context = new JobContext(spark, sc, cli, job, conf, diagnostics, maxSplit);
        ResultOutput output = new ResultOutput(spark, conf, job.output(), job.format());
        boolean committed = false;
        try {
            SparkCommand.Result result = COMMANDS.get(cli.name()).run(context, output);
            long skipped = report(result, diagnostics);
            output.commit(metadata(context, result));
            committed = true;
            List<String> inputs = diagnostics.skipped(); // paths that --keep-going passed over on the driver
            if (!inputs.isEmpty()) {
                diagnostics.error(inputs.size() + " input(s) skipped: " + String.join(", ", inputs));
            }
            return skipped > 0 || !inputs.isEmpty() ? SKIPPED : OK;
        } catch (CliOptions.UsageException e) { // found while reading the options' files (a --dic's categories)
            err.println(e.getMessage());
            return USAGE;
        } catch (InputException e) {
            return fail(diagnostics, cli, e, e.describe());
        } catch (org.textlens.learn.ModelException e) { // a model for another version or command: a wrong argument, as in the CLI
            fail(diagnostics, cli, e, e.describe());
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            return fail(diagnostics, cli, e, job.output() + ": cannot write: " + e.getMessage());
        } catch (Exception e) { // Spark's own exceptions are checked ones, rethrown undeclared
            String input = JobInputError.find(e);
            return fail(diagnostics, cli, e, input != null ? input : "the Spark job failed: " + firstLine(e)
                + " (see the driver's and executors' logs; rerun with --debug for a stack trace)");
        } finally {
            if (!committed) {
                output.abandon();
            }
            sc.getPersistentRDDs().values().forEach(rdd -> rdd.unpersist(false)); // what this run kept
        }
    }

    /** Tells the user on stderr what reading skipped or repaired, in the CLI's words; returns the records skipped. */
    private static long report(SparkCommand.Result result, Diagnostics diagnostics) {
        long skipped = 0;
        for (Map.Entry<String, InputReport> e : result.inputs().entrySet()) {
            InputReport r = e.getValue();
            String corpus = e.getKey().equals("input") ? "" : " in the " + e.getKey() + " corpus";
            if (r.malformed() > 0) {
                diagnostics.warn(e.getKey(), r.malformed() + " malformed byte sequence(s)" + corpus
                    + " replaced with U+FFFD (the executors' logs name each file; give another encoding with --encoding)");
            }
            if (r.damaged() > 0) {
                List<String> places = r.damagedPlaces();
                diagnostics.warn(e.getKey(), r.damaged() + " damaged record(s)" + corpus + " skipped, the rest of each file read: "
                    + String.join(", ", places.subList(0, Math.min(5, places.size())))
                    + (r.damaged() > 5 ? " and " + (r.damaged() - Math.min(5, places.size())) + " more" : "")
                    + " (the executors' logs say what was wrong with each)");
            }
            if (r.skipped() > 0) {
                List<String> places = r.places();
                String shown = String.join(", ", places.subList(0, Math.min(5, places.size())));
                diagnostics.error(r.skipped() + " record(s)" + corpus + " skipped: " + shown
                    + (r.skipped() > 5 ? " and " + (r.skipped() - Math.min(5, places.size())) + " more" : "")
                    + " (the executors' logs say what was wrong with each)");
            }
            skipped += r.skipped();
        }
        return skipped;
    }

    private static Map<String, Object> metadata(JobContext context, SparkCommand.Result result) {
        CliOptions cli = context.cli();
        SparkSession spark = context.spark();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", cli.name());
        m.put("version", CliOptions.version());
        Map<String, Object> options = new LinkedHashMap<>(result.options());
        options.putAll(cli.describeInput());
        options.put("inputs", context.inputs());
        m.put("options", options);
        Map<String, Object> inputs = new LinkedHashMap<>();
        result.inputs().forEach((name, r) -> inputs.put(name, r.describe()));
        m.put("reading", inputs);
        m.put("output", Map.of("format", context.job().format().extension, "rows", result.rows()));
        m.put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()));
        return m;
    }

    private static int fail(Diagnostics diagnostics, CliOptions cli, Exception e, String message) {
        diagnostics.error(message);
        if (cli.debug()) {
            e.printStackTrace(System.err);
        }
        return FAILED;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
