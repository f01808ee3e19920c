package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.textlens.cli.Console;
import org.textlens.cli.Main;

/**
 * What the Spark job's tests share: a local[2] session, the generated corpus, and running the CLI
 * in-process and the job on the same input to compare their outputs byte for byte.
 */
abstract class SparkHarness {
    static final Path TESTDATA = Path.of(System.getProperty("user.dir")).resolve("../testdata").normalize();

    static SparkSession spark;

    @TempDir
    static Path shared;

    /** A generated corpus of a few thousand short news-like documents, JSONL and one per line. */
    static Path corpusJsonl;
    static Path corpusLines;

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("textlens-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "3")
            .config("spark.default.parallelism", "3")
            .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        corpusJsonl = shared.resolve("generated.jsonl");
        corpusLines = shared.resolve("generated.txt");
        GeneratedCorpus.write(3000, corpusJsonl, corpusLines);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @AfterEach
    void defaultSplits() {
        spark.conf().unset("spark.textlens.maxSplitBytes");
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = Main.run(new Console(new ByteArrayInputStream(new byte[0]), out, errStream, false), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run job(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = SparkMain.run(spark, new PrintStream(out, true, StandardCharsets.UTF_8), errStream, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The part files of an output folder, concatenated in name order. */
    static String parts(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    static String data(String relative) {
        return TESTDATA.resolve(relative).toString();
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    /** Runs the CLI and the job with the same analysis options and input, and demands the same output. */
    String same(String format, String[] options, String input) throws IOException {
        Run expected = cli(concat(options, "--format", format, input));
        assertEquals(0, expected.exit(), expected.err());
        Path out = tmp.resolve("out-" + format + "-" + Math.abs(String.join(" ", options).hashCode()));
        Run actual = job(concat(options, "--input", input, "--output", out.toString(), "--format", format));
        assertEquals(0, actual.exit(), actual.err());
        String rows = parts(out);
        assertEquals(expected.out(), rows);
        assertTrue(Files.exists(out.resolve("_textlens.json")));
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        return rows;
    }
}
