package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What already held when issue 17's team tried textlens as a hostile user, kept so by tests: a
 * full disk, a signal, an XML external entity, markup in a document, and the thread count.
 */
class HeldGuaranteesTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneErrorLineAndExitOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Cli.Result r = Cli.run("freq", "-o", "/dev/full", Cli.data("news"));
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("textlens: error: /dev/full: cannot write: No space left on device"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aTerminatedRunLeavesTheOldOutputAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "the old result\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "freq", "--input-format", "lines", "-o", out.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write("The talks resumed on Monday.\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush(); // stdin stays open: the run waits for more input
        for (int i = 0; i < 100 && !hasTemporary(); i++) {
            Thread.sleep(100);
        }
        assertTrue(hasTemporary(), "the run had started its temporary file");
        Thread.sleep(1000); // and is reading its input
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals("the old result\n", Files.readString(out));
        assertFalse(hasTemporary(), "the temporary file is removed");
    }

    private boolean hasTemporary() throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void anExternalEntityInTimemlIsNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETVALUE\n");
        Path tml = dir.resolve("xxe.tml");
        Files.writeString(tml, "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"
            + "<TimeML><TEXT>Talks on March 3, 2024. &xxe;</TEXT></TimeML>\n");
        for (String[] args : new String[][] {{"freq", "--input-format", "timeml", tml.toString()},
            {"timeline", "--input-format", "timeml", "--format", "timeml", tml.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.exit(), r.toString());
            assertFalse(r.out().toLowerCase(java.util.Locale.ROOT).contains("topsecretvalue"), r.out());
        }
    }

    @Test
    void markupInADocumentIsTextInTheReport() throws IOException {
        Path f = dir.resolve("markup.txt");
        Files.writeString(f, "The minister said <script>alert(1)</script> and <img src=x onerror=alert(2)> was \"fine\".\n");
        Path out = dir.resolve("r.html");
        Cli.Result r = Cli.run("report", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.toString());
        String html = Files.readString(out);
        assertFalse(html.contains("<script>alert"), "no script from the document");
        assertFalse(html.contains("<img src=x"), "no element from the document");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void everyCommandWritesTheSameBytesForAnyThreadCount() {
        for (String command : new String[] {"freq", "sentiment", "loaded", "frames", "quotes", "timeline"}) {
            Cli.Result one = Cli.run(command, "--threads", "1", Cli.data("news"), Cli.data("quotes"));
            Cli.Result three = Cli.run(command, "--threads", "3", Cli.data("news"), Cli.data("quotes"));
            assertEquals(0, one.exit(), command + ": " + one.err());
            assertEquals(one.out(), three.out(), command);
        }
    }
}
