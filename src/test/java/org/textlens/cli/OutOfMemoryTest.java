package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the input ends in one error line with advice, never a stack trace. */
class OutOfMemoryTest {
    @Test
    void aFullHeapIsOneLineWithAdvice(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("one-long-document.txt");
        byte[] line = "word ".repeat(2_000_000).getBytes(StandardCharsets.US_ASCII);
        Files.write(big, line);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx24m", "-XX:TieredStopAtLevel=1", "-Xshare:off",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sentiment", "--format", "json", big.toString()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("textlens: error: out of memory: the Java heap ("), err);
        assertTrue(err.contains("JAVA_OPTS=-Xmx"), err);
        assertFalse(err.contains("\tat "), err);
    }
}
