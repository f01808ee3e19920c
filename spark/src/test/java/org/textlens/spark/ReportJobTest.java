package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report's figures as a Spark job: the folder holds the files {@code textlens report --write-data}
 * writes, byte for byte, on {@code testdata/} and on the generated corpus cut into many partitions;
 * and {@code textlens report --from-data} draws from it the corpus views of the report of the
 * corpus itself.
 */
class ReportJobTest extends SparkHarness {
    private static final String[] JSONL = {"--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};

    /** The folder's files, less Spark's and the job's own (_SUCCESS, _textlens.json). */
    static Map<String, String> figures(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith(".")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** Runs the CLI's data step and the job on the same corpus and demands the same files; returns them. */
    private Map<String, String> sameFigures(String[] options, String input) throws IOException {
        Path cliData = tmp.resolve("cli-" + System.nanoTime());
        Run expected = cli(concat(concat(new String[] {"report", "--write-data", cliData.toString()}, options), input));
        assertEquals(0, expected.exit(), expected.err());
        Path out = tmp.resolve("job-" + System.nanoTime());
        Run actual = job(concat(concat(new String[] {"report"}, options), "--input", input, "--output", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        Map<String, String> files = figures(cliData);
        assertEquals(files, figures(out));
        assertTrue(Files.readString(out.resolve("_textlens.json")).contains("\"command\" : \"report\""));
        return files;
    }

    @Test
    void figuresOfTestdataAreTheClis() throws IOException {
        sameFigures(new String[] {"--top", "10"}, data("news"));
        Map<String, String> dated = sameFigures(JSONL, data("corpus.jsonl"));
        assertTrue(dated.get("sentiment-dates.csv").lines().count() > 2, dated.get("sentiment-dates.csv"));
    }

    @Test
    void figuresOfTheGeneratedCorpusInManyPartitions() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        Map<String, String> files = sameFigures(concat(JSONL, "--scheme", "policy"), corpusJsonl.toString());
        assertTrue(files.get("summary.csv").contains("\ndocuments,3000\n"), files.get("summary.csv"));
        assertTrue(files.get("speakers.csv").contains("\nTom Reyes,") || files.get("speakers.csv").contains("\nMayor Tom Reyes,"),
            files.get("speakers.csv"));
        assertTrue(files.get("timeline.csv").lines().count() > 3, files.get("timeline.csv"));
        assertFalse(files.get("portrayal.csv").lines().skip(1).toList().isEmpty());
    }

    @Test
    void theReportDrawnFromTheJobsFolderIsTheReportOfTheCorpus() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        Path out = tmp.resolve("figures");
        Run run = job(concat(new String[] {"report"}, concat(JSONL, "--input", corpusJsonl.toString(), "--output", out.toString())));
        assertEquals(0, run.exit(), run.err());
        Path drawn = tmp.resolve("drawn.html");
        Run draw = cli("report", "--from-data", out.toString(), "-o", drawn.toString());
        assertEquals(0, draw.exit(), draw.err());
        Path direct = tmp.resolve("direct.html");
        Run whole = cli(concat(concat(new String[] {"report", "-o", direct.toString(), "--max-documents", "0"}, JSONL), corpusJsonl.toString()));
        assertEquals(0, whole.exit(), whole.err());
        String a = Files.readString(direct);
        String b = Files.readString(drawn);
        assertEquals(a.substring(a.indexOf("<main>"), a.indexOf("<section id=\"documents\"")), b.substring(b.indexOf("<main>"), b.indexOf("</main>")));
        assertTrue(b.contains("data-chart=\"sentiment-time\"") && b.contains("data-chart=\"timeline\""));
    }

    @Test
    void malformedRecordsStopTheReportOrAreSkippedAndCounted() throws IOException {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, Files.readString(Path.of(data("corpus.jsonl"))) + "{\"id\":\"broken\",\"body\":\"no end\n");
        Run strict = job(concat(new String[] {"report"}, concat(JSONL, "--input", bad.toString(), "--output", tmp.resolve("s").toString())));
        Run cliStrict = cli(concat(concat(new String[] {"report", "--write-data", tmp.resolve("cs").toString()}, JSONL), bad.toString()));
        assertEquals(1, cliStrict.exit());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains(cliStrict.err().strip()), strict.err() + "\n---\n" + cliStrict.err());
        assertFalse(Files.exists(tmp.resolve("s")));
        Run lenient = job(concat(new String[] {"report", "--keep-going"}, concat(JSONL, "--input", bad.toString(), "--output",
            tmp.resolve("k").toString())));
        Run cliLenient = cli(concat(concat(new String[] {"report", "--keep-going", "--write-data", tmp.resolve("ck").toString()}, JSONL),
            bad.toString()));
        assertEquals(3, cliLenient.exit());
        assertEquals(3, lenient.exit(), lenient.err());
        assertEquals(figures(tmp.resolve("ck")), figures(tmp.resolve("k")));
        assertTrue(lenient.err().contains("1 record(s) skipped: " + bad + ":7"), lenient.err());
    }
}
