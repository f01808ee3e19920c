package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and unusual input: every case ends with a clear message and the documented exit code. */
class InputEdgeCasesTest {
    private static final String HEADER = "rank,term,count,per_10k,docs\n";

    @Test
    void missingFileFailsWithItsName() {
        Cli.Result r = Cli.run("freq", "testdata/no-such-file.txt");
        assertEquals(1, r.exit());
        assertEquals("textlens: error: testdata/no-such-file.txt: no such file or directory (check the path)\n", r.err());
        assertEquals("", r.out(), "nothing is written when an input is missing");
    }

    @Test
    void keepGoingSkipsTheMissingFileAndExitsThree() {
        Cli.Result r = Cli.run("freq", "--keep-going", "testdata/no-such-file.txt", "testdata/news/01-ceasefire-talks.txt");
        assertEquals(3, r.exit(), r.toString());
        assertEquals(6, Tables.counts(r.out()).get("talks"));
        assertTrue(r.err().contains("testdata/no-such-file.txt"), r.err());
        assertTrue(r.err().contains("1 input(s) skipped"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("freq", "--frobnicate", "testdata/news");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("textlens: error: unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("textlens freq --help"), r.err());
    }

    @Test
    void emptyInputGivesTheHeaderOnly() {
        Cli.Result r = Cli.run("freq", "testdata/edge/empty.txt");
        assertEquals(0, r.exit());
        assertEquals(HEADER, r.out());
        assertEquals("", r.err());
        assertEquals(HEADER, Cli.runWithInput(new byte[0], "freq").out());
    }

    @Test
    void binaryFileIsSkippedWithAWarning() {
        Cli.Result r = Cli.run("freq", "testdata/edge/binary.bin", "testdata/edge/bom.txt");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("textlens: warning: testdata/edge/binary.bin: binary file"), r.err());
        assertFalse(Tables.csv(r.out()).isEmpty());
        assertEquals("", Cli.run("freq", "-q", "testdata/edge/binary.bin").err(), "-q silences warnings");
    }

    @Test
    void malformedUtf8IsReplacedAndReportedOnceWithItsOffset() {
        Cli.Result r = Cli.run("freq", "testdata/edge/latin1.txt");
        assertEquals(0, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("textlens: warning: testdata/edge/latin1.txt: 2 malformed UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 7"), r.err());
        Cli.Result latin1 = Cli.run("freq", "--encoding", "ISO-8859-1", "testdata/edge/latin1.txt");
        assertEquals("", latin1.err());
        assertTrue(Tables.counts(latin1.out()).containsKey("café"), latin1.out());
    }

    @Test
    void malformedBytesInLinesAndJsonlAreReportedToo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'o', 'k', '\n', 'b', 'a', (byte) 0xff, 'd', '\n'});
        Cli.Result r = Cli.run("freq", "--input-format", "lines", f.toString());
        assertTrue(r.err().contains("1 malformed UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte 5"), r.err());
    }

    @Test
    void byteOrderMarkIsStripped() {
        Cli.Result r = Cli.run("freq", "--stopwords", "none", "testdata/edge/bom.txt");
        Tables.counts(r.out()).keySet().forEach(t -> assertFalse(t.contains("\uFEFF"), t));
    }

    @Test
    void aFiftyMegabyteSingleLineIsCounted(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] unit = "security guarantees talks ".getBytes(StandardCharsets.US_ASCII);
        int repeats = 50 * 1024 * 1024 / unit.length + 1;
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < repeats; i++) {
                out.write(unit);
            }
        }
        for (String format : new String[] {"text", "lines"}) {
            Cli.Result r = Cli.run("freq", "--input-format", format, big.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals(Map.of("security", (long) repeats, "guarantees", (long) repeats, "talks", (long) repeats), Tables.counts(r.out()));
        }
    }

    @Test
    void gzipIsReadTransparently(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("a.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Cli.TESTDATA.resolve("news/01-ceasefire-talks.txt")));
        }
        assertEquals(6, Tables.counts(Cli.run("freq", gz.toString()).out()).get("talks"));
    }

    @Test
    void stdinByDashOrByDefault() throws IOException {
        byte[] text = Files.readAllBytes(Cli.TESTDATA.resolve("news/01-ceasefire-talks.txt"));
        assertEquals(6, Tables.counts(Cli.runWithInput(text, "freq", "-").out()).get("talks"));
        assertEquals(6, Tables.counts(Cli.runWithInput(text, "freq").out()).get("talks"));
    }

    @Test
    void foldersAreWalkedRecursivelyAndGlobFilters(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.txt"), "alpha beta");
        Files.writeString(dir.resolve("a/two.md"), "gamma");
        Files.writeString(dir.resolve("a/.hidden.txt"), "delta");
        Map<String, Long> all = Tables.counts(Cli.run("freq", dir.toString()).out());
        assertEquals(Map.of("alpha", 1L, "beta", 1L, "gamma", 1L), all);
        Map<String, Long> txt = Tables.counts(Cli.run("freq", "--glob", "*.txt", dir.toString()).out());
        assertEquals(Map.of("alpha", 1L, "beta", 1L), txt);
    }

    @Test
    void crlfLineEndsAreWhiteSpace() {
        Cli.Result r = Cli.run("freq", "--ngram", "2", "--stopwords", "none", "testdata/edge/crlf.txt");
        Tables.counts(r.out()).keySet().forEach(t -> assertFalse(t.contains("\r"), t));
    }

    @Test
    void jsonlAndCsvCorporaReadTheNamedFields() {
        Cli.Result jsonl = Cli.run("freq", "--by-doc", "--top", "1", "--input-format", "jsonl", "--text-field", "body", "testdata/corpus.jsonl");
        Cli.Result csv = Cli.run("freq", "--by-doc", "--top", "1", "--input-format", "csv", "--text-field", "body", "testdata/corpus.csv");
        Cli.Result text = Cli.run("freq", "--by-doc", "--top", "1", "testdata/news");
        assertEquals(0, jsonl.exit(), jsonl.err());
        assertEquals(jsonl.out(), csv.out());
        assertTrue(jsonl.out().contains("\n01-ceasefire-talks,talks,6,"), jsonl.out());
        assertEquals(text.out().replace("testdata/news/", "").replace(".txt,", ","), jsonl.out());
    }

    @Test
    void aMissingTextFieldNamesTheFieldAndTheLine() {
        Cli.Result r = Cli.run("freq", "--input-format", "jsonl", "testdata/corpus.jsonl");
        assertEquals(1, r.exit());
        assertEquals("textlens: error: testdata/corpus.jsonl:1: no field 'text' in this record (name the field that holds the text with --text-field)\n", r.err());
        Cli.Result csv = Cli.run("freq", "--input-format", "csv", "testdata/corpus.csv");
        assertEquals(1, csv.exit());
        assertTrue(csv.err().contains("no column 'text' (columns: id, published, body)"), csv.err());
    }

    @Test
    void invalidJsonLineStopsTheRunOrIsSkipped(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"alpha\"}\n{\"text\": \"beta\"\n{\"text\": \"gamma\", \"date\": \"2024-13-01\"}\n{\"text\": \"delta\"}\n");
        Cli.Result stop = Cli.run("freq", "--input-format", "jsonl", f.toString());
        assertEquals(1, stop.exit());
        assertTrue(stop.err().startsWith("textlens: error: " + f + ":2: not a JSON object"), stop.err());
        Cli.Result go = Cli.run("freq", "--input-format", "jsonl", "--keep-going", f.toString());
        assertEquals(3, go.exit());
        assertEquals(Map.of("alpha", 1L, "delta", 1L), Tables.counts(go.out()));
        assertTrue(go.err().contains(f + ":3: field 'date' is not a date"), go.err());
    }

    @Test
    void linesFormatMakesOneDocumentPerLine() {
        Cli.Result r = Cli.runWithInput("alpha beta\n\nbeta\n".getBytes(StandardCharsets.UTF_8), "freq", "--input-format", "lines", "--by-doc");
        assertEquals("doc_id,term,count,per_10k\n-:1,alpha,1,5000.0000\n-:1,beta,1,5000.0000\n-:3,beta,1,10000.0000\n", r.out());
    }
}
