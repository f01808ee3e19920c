package org.textlens.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs textlens in-process, as a shell would, and captures what it printed. */
public final class Cli {
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    public static final Path ROOT = Path.of(System.getProperty("user.dir"));
    public static final Path TESTDATA = ROOT.resolve("testdata");
    public static final Path SEED = ROOT.resolve("../shared/seeds/000_588b8ce5ed5e71ef.txt").normalize();

    /** The seed article's path; the calling test is skipped where the article is absent (a clean clone elsewhere). */
    public static String seed() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(SEED), "seed article not present at " + SEED);
        return SEED.toString();
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    public static Result runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = Main.run(new Console(new ByteArrayInputStream(stdin), out, errStream, false), args);
        errStream.flush();
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static String data(String relative) {
        return TESTDATA.resolve(relative).toString();
    }
}
