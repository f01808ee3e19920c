package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The Spark job in local[2] against the CLI run in-process on the same input: the rows must be the
 * same, with the same numbers, in the same order ({@code cat part-*} is byte for byte the CLI's
 * output). Small byte ranges force large files to be cut, so line numbering across ranges, ids and
 * the reduce across partitions are all exercised.
 */
class SparkJobTest extends SparkHarness {
    @Test
    void freqOverTheNewsFolderIsTheCli() throws IOException {
        String rows = same("csv", new String[] {"freq"}, data("news"));
        assertTrue(rows.startsWith("rank,term,count,per_10k,docs\n1,said,27,185.8224,6\n"), rows);
    }

    @Test
    void bigramsWithTfidfOverTheGeneratedCorpusCutIntoRanges() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "64k");
        String rows = same("csv", new String[] {"freq", "--ngram", "1-2", "--tfidf", "--input-format", "jsonl", "--text-field", "body",
            "--date-field", "published"}, corpusJsonl.toString());
        assertTrue(rows.lines().count() > 100, rows);
    }

    @Test
    void keynessAgainstAReferenceCorpus() throws IOException {
        same("csv", new String[] {"freq", "--reference", data("reference")}, data("news"));
        same("jsonl", new String[] {"freq", "--lemma", "--top", "15", "--reference", data("reference")}, data("news"));
    }

    @Test
    void topAndMinCountCutTheRankedList() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "32k");
        same("tsv", new String[] {"freq", "--top", "7", "--min-count", "2", "--input-format", "lines"}, corpusLines.toString());
    }

    @Test
    void byDocumentRowsKeepTheCorpusOrder() throws IOException {
        same("csv", new String[] {"freq", "--by-doc", "--input-format", "jsonl", "--text-field", "body"}, data("corpus.jsonl"));
        spark.conf().set("spark.textlens.maxSplitBytes", "64k");
        same("jsonl", new String[] {"freq", "--by-doc", "--top", "3", "--input-format", "jsonl", "--text-field", "body"},
            corpusJsonl.toString());
        same("csv", new String[] {"freq", "--by-doc", "--tfidf", "--top", "4", "--input-format", "jsonl", "--text-field", "body"},
            corpusJsonl.toString());
    }

    @Test
    void sentimentSentencesOverTheNewsFolder() throws IOException {
        same("csv", new String[] {"sentiment", "--explain"}, data("news"));
        same("csv", new String[] {"sentiment", "--model", "rules", "--explain"}, data("news"));
    }

    @Test
    void userLexiconsTravelToTheExecutors() throws IOException {
        Path lexicon = tmp.resolve("desk.tsv");
        Files.writeString(lexicon, "# our desk's words\ntalks\t2.5\nport strike\t-3.0\n");
        same("csv", new String[] {"sentiment", "--lexicon", lexicon.toString(), "--thresholds", "-0.1,0.1"}, data("news"));
        Files.writeString(lexicon, "talks\tvery good\n");
        Run bad = job("sentiment", "--lexicon", lexicon.toString(), "--input", data("news"), "--output", tmp.resolve("z").toString());
        assertEquals(1, bad.exit());
        assertEquals(cli("sentiment", "--lexicon", lexicon.toString(), data("news")).err(), bad.err());
    }

    @Test
    void csvCorporaAndTheEdgeCasesAreReadWholeByTheCliReader() throws IOException {
        same("csv", new String[] {"sentiment", "--summary", "--input-format", "csv", "--text-field", "body"}, data("corpus.csv"));
        // a binary file skipped with a warning, Latin-1 bytes replaced, a BOM, CRLF, an empty file
        same("csv", new String[] {"freq", "--numbers"}, data("edge"));
    }

    @Test
    void sentimentSummariesAndDocumentsOverTheGeneratedCorpus() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        same("csv", new String[] {"sentiment", "--summary", "--input-format", "jsonl", "--text-field", "body"}, corpusJsonl.toString());
        // ids are FILE:LINE, so the line numbers of every range must be right, blank lines included
        String rows = same("jsonl", new String[] {"sentiment", "--unit", "document", "--input-format", "lines"}, corpusLines.toString());
        assertTrue(rows.contains(corpusLines + ":3000\""), rows.substring(0, 300));
    }

    @Test
    void parquetHoldsTheSameRowsTyped() throws IOException {
        Run expected = cli("freq", "--tfidf", "--input-format", "jsonl", "--text-field", "body", corpusJsonl.toString());
        Path out = tmp.resolve("parquet");
        Run actual = job("freq", "--tfidf", "--input-format", "jsonl", "--text-field", "body", "--input", corpusJsonl.toString(),
            "--output", out.toString(), "--format", "parquet");
        assertEquals(0, actual.exit(), actual.err());
        List<String> cliRows = expected.out().lines().skip(1).toList();
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                rows.addAll(spark.read().parquet(p.toString()).collectAsList());
            }
        }
        assertEquals(cliRows.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = cliRows.get(i).split(",");
            Row r = rows.get(i);
            assertEquals(Long.parseLong(f[0]), r.getLong(0), cliRows.get(i));
            assertEquals(f[1], r.getString(1));
            assertEquals(Long.parseLong(f[2]), r.getLong(2));
            assertEquals(Double.parseDouble(f[3]), r.getDouble(3), 0.00005);
            assertEquals(Long.parseLong(f[4]), r.getLong(4));
            assertEquals(Double.parseDouble(f[5]), r.getDouble(5), 0.00005);
        }
    }

    private Path badCorpus() throws IOException {
        Path bad = tmp.resolve("bad.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"a\",\"text\":\"The talks went well.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"b\",\"text\":\"broken\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"c\",\"body\":\"no text field\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"d\",\"text\":\"Bad byte \u00e9 ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xff);
        bytes.writeBytes(" here, and the talks failed.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(bad, bytes.toByteArray());
        return bad;
    }

    @Test
    void aMalformedRecordStopsTheJobAsItStopsTheCli() throws IOException {
        Path bad = badCorpus();
        Run expected = cli("sentiment", "--input-format", "jsonl", bad.toString());
        Path out = tmp.resolve("strict");
        Run actual = job("sentiment", "--input-format", "jsonl", "--input", bad.toString(), "--output", out.toString());
        assertEquals(1, expected.exit());
        assertEquals(1, actual.exit(), actual.err());
        String line = expected.err().lines().filter(l -> l.startsWith("textlens: error:")).findFirst().orElseThrow();
        assertTrue(line.contains("bad.jsonl:2: not a JSON object"), line);
        assertTrue(actual.err().contains(line), actual.err());
        assertFalse(Files.exists(out), "a failed job leaves no output");
    }

    @Test
    void withKeepGoingMalformedRecordsAreCountedAndReported() throws IOException {
        Path bad = badCorpus();
        Run expected = cli("sentiment", "--keep-going", "--input-format", "jsonl", bad.toString());
        Path out = tmp.resolve("lenient");
        Run actual = job("sentiment", "--keep-going", "--input-format", "jsonl", "--input", bad.toString(), "--output", out.toString());
        assertEquals(3, expected.exit());
        assertEquals(3, actual.exit(), actual.err());
        assertEquals(expected.out(), parts(out));
        assertTrue(actual.err().contains("textlens: error: 2 record(s) skipped: " + bad + ":2, " + bad + ":3"), actual.err());
        assertTrue(actual.err().contains("1 malformed byte sequence(s) replaced with U+FFFD"), actual.err());
        String metadata = Files.readString(out.resolve("_textlens.json"));
        assertTrue(metadata.contains("\"records_skipped\" : 2"), metadata);
        assertTrue(metadata.contains("\"malformed_byte_sequences\" : 1"), metadata);
        assertTrue(metadata.contains("\"documents\" : 2"), metadata);
    }

    @Test
    void withKeepGoingAMissingInputIsSkippedAndTheRestAnalysed() throws IOException {
        String missing = tmp.resolve("missing.txt").toString();
        Run expected = cli("freq", "--keep-going", "--top", "4", missing, data("news"));
        Path out = tmp.resolve("skipped-input");
        Run actual = job("freq", "--keep-going", "--top", "4", "--input", missing, "--input", data("news"), "--output", out.toString());
        assertEquals(3, expected.exit());
        assertEquals(3, actual.exit(), actual.err());
        assertEquals(expected.out(), parts(out));
        assertEquals(expected.err(), actual.err());
    }

    @Test
    void usageErrorsAreTheCliUsageErrors() {
        Run threads = job("freq", "--threads", "2", "--input", data("news"), "--output", tmp.resolve("x").toString());
        assertEquals(2, threads.exit());
        assertTrue(threads.err().startsWith("textlens: error: --threads"), threads.err());
        Run unknown = job("freq", "--ngram", "0", "--input", data("news"), "--output", tmp.resolve("x").toString());
        assertEquals(cli("freq", "--ngram", "0", data("news")).err(), unknown.err());
        assertEquals(2, unknown.exit());
        Run noOutput = job("freq", "--input", data("news"));
        assertEquals(2, noOutput.exit());
        Run missing = job("freq", "--input", tmp.resolve("nothing-here").toString(), "--output", tmp.resolve("y").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nothing-here: no such file or directory (check the path)"), missing.err());
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenTheJobSucceeds() throws IOException {
        Path out = tmp.resolve("replaced");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "old");
        Run failed = job("freq", "--input", tmp.resolve("missing").toString(), "--output", out.toString());
        assertEquals(1, failed.exit());
        assertTrue(Files.exists(out.resolve("old.txt")));
        Run ok = job("freq", "--top", "3", "--input", data("news"), "--output", out.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertFalse(Files.exists(out.resolve("old.txt")));
        assertEquals(cli("freq", "--top", "3", data("news")).out(), parts(out));
    }
}
