package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each output format, and the promise that -o never leaves a broken file behind. */
class OutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonIsOneObjectWithCommandVersionOptionsAndResults() throws IOException {
        Cli.Result r = Cli.run("freq", "--format", "json", "--top", "3", "testdata/news");
        JsonNode root = JSON.readTree(r.out());
        assertEquals("freq", root.get("command").asText());
        assertEquals(Version.current(), root.get("version").asText());
        assertEquals("en", root.get("options").get("stopwords").asText());
        assertTrue(root.get("options").get("stopword_count").asInt() > 100);
        assertEquals(3, root.get("results").size());
        JsonNode first = root.get("results").get(0);
        assertEquals(List.of("rank", "term", "count", "per_10k", "docs"), iterable(first.fieldNames()));
        assertTrue(first.get("count").isIntegralNumber());
        assertTrue(first.get("per_10k").isNumber());
    }

    @Test
    void jsonlIsOneObjectPerLineMatchingTheCsv() throws IOException {
        Cli.Result jsonl = Cli.run("freq", "--format", "jsonl", "testdata/news");
        List<CSVRecord> csv = Tables.csv(Cli.run("freq", "testdata/news").out());
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(csv.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertEquals(csv.get(i).get("term"), row.get("term").asText());
            assertEquals(csv.get(i).get("per_10k"), row.get("per_10k").asText());
        }
    }

    @Test
    void csvRoundTripsAwkwardValues() {
        Cli.Result r = Cli.runWithInput("Say \"hi\", friend".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "freq", "--input-format", "lines", "--by-doc", "--stopwords", "none");
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals("-:1", rows.get(0).get("doc_id"));
        assertEquals(3, rows.size());
    }

    @Test
    void tsvHasTabsAndTheSameRows() {
        String tsv = Cli.run("freq", "--format", "tsv", "--top", "2", "testdata/news").out();
        List<String> lines = tsv.lines().toList();
        assertEquals("rank\tterm\tcount\tper_10k\tdocs", lines.get(0));
        assertEquals(3, lines.size());
    }

    @Test
    void numbersDoNotDependOnTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            String german = Cli.run("freq", "testdata/news").out();
            java.util.Locale.setDefault(java.util.Locale.US);
            assertEquals(Cli.run("freq", "testdata/news").out(), german);
            assertFalse(german.contains(",0000"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void outputFileIsWrittenOnSuccess(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("freq.csv");
        Cli.Result r = Cli.run("freq", "-o", out.toString(), "testdata/news");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals(Cli.run("freq", "testdata/news").out(), Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFailedRunLeavesTheExistingOutputUntouched(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("freq.csv"), "previous results\n");
        Cli.Result r = Cli.run("freq", "-o", out.toString(), "testdata/news", "testdata/missing.txt");
        assertEquals(1, r.exit());
        assertEquals("previous results\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void anUnwritableOutputFailsWithExitOne(@TempDir Path dir) throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Cli.Result r = Cli.run("freq", "-o", notADir.resolve("out.csv").toString(), "testdata/news");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: " + notADir.resolve("out.csv") + ": cannot write"), r.err());
        assertEquals("x", Files.readString(notADir));
        Cli.Result intoFolder = Cli.run("freq", "-o", dir.toString(), "testdata/news");
        assertEquals(1, intoFolder.exit());
    }

    @Test
    void anUnwritableFolderKeepsTheExistingFile(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path out = Files.writeString(locked.resolve("freq.csv"), "previous results\n");
        locked.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced");
            Cli.Result r = Cli.run("freq", "-o", out.toString(), "testdata/news");
            assertEquals(1, r.exit());
            assertEquals("previous results\n", Files.readString(out));
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** An stdout that accepts {@code limit} bytes, then fails the way a closed pipe or a full disk does. */
    private static Cli.Result runWithFailingStdout(String failure, String... args) {
        java.io.OutputStream out = new java.io.OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException(failure);
                }
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream errStream = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        int exit = Main.run(new Console(new java.io.ByteArrayInputStream(new byte[0]), out, errStream, false), args);
        return new Cli.Result(exit, "", err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aClosedPipeEndsTheRunQuietly() {
        for (String command : new String[] {"freq", "sentiment"}) {
            Cli.Result r = runWithFailingStdout("Broken pipe", command, "--input-format", "lines", "testdata/news/01-ceasefire-talks.txt");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.err(), "a reader that stopped reading is not an error");
        }
    }

    @Test
    void aWriteFailureIsAnOutputErrorNotAnInputError() {
        Cli.Result r = runWithFailingStdout("No space left on device", "sentiment", "--input-format", "lines", "testdata/news/01-ceasefire-talks.txt");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: stdout: cannot write: No space left on device"), r.err());
    }
}
