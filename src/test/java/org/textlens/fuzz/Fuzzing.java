package org.textlens.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.textlens.cli.Console;
import org.textlens.cli.Main;

/**
 * What every fuzz target checks: textlens, given any bytes, ends with a documented exit code
 * (0, 1 or 3), and what it prints for people is one-line errors, never an internal error or a
 * stack trace. A finding fails the target with the command's stderr, and Jazzer keeps the input
 * as a regression seed.
 */
final class Fuzzing {
    private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 3);

    private Fuzzing() {
    }

    /** Runs textlens in-process with {@code stdin} and checks how it ended. */
    static void run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = Main.run(new Console(new ByteArrayInputStream(stdin), out, errStream, false), args);
        String said = err.toString(StandardCharsets.UTF_8);
        if (!DOCUMENTED.contains(exit) || said.contains("internal error") || said.contains("\tat ") || said.contains("Exception")) {
            fail("textlens " + String.join(" ", args) + " ended with " + exit + ":\n" + said);
        }
    }

    /** A file holding {@code data}, for parsers that read files (lexicons, dictionaries). */
    static Path file(String name, byte[] data) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "textlens-fuzz-" + ProcessHandle.current().pid()));
            dir.toFile().deleteOnExit();
            Path f = dir.resolve(name);
            Files.write(f, data);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
