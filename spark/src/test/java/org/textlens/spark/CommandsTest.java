package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code loaded}, {@code frames}, {@code quotes} and {@code timeline} in local[2] against the CLI:
 * on {@code testdata/} and on the generated corpus cut into small partitions, the concatenated part
 * files are the CLI's output byte for byte, in every mode (rows, summaries, the sorted timeline,
 * periods, hits without repeated sentences).
 */
class CommandsTest extends SparkHarness {
    private static final String[] JSONL = {"--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};

    private static String[] jsonl(String... options) {
        return concat(options, JSONL);
    }

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    @Test
    void loadedHitsAndSummariesOverTestdata() throws IOException {
        same("csv", new String[] {"loaded", "--context"}, data("news"));
        same("jsonl", new String[] {"loaded", "--summary"}, data("loaded/sample.txt"));
    }

    @Test
    void loadedWithUserLexiconsAndDictionaries() throws IOException {
        String rows = same("csv", new String[] {"loaded", "--lexicon", data("loaded/newsroom.tsv"), "--lexicon", data("loaded/overrides.csv"),
            "--dic", data("loaded/loaded.dic")}, data("loaded/sample.txt"));
        assertTrue(rows(rows) > 0, rows);
    }

    @Test
    void loadedOverTheGeneratedCorpusWithAndWithoutRepeats() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        String all = same("csv", jsonl("loaded"), corpusJsonl.toString());
        String once = same("csv", jsonl("loaded", "--skip-repeats", "--context"), corpusJsonl.toString());
        assertTrue(rows(once) > 100 && rows(once) < rows(all) - 1000, rows(once) + " of " + rows(all));
        same("tsv", jsonl("loaded", "--summary", "--categories", "label,emotive", "--min-weight", "0.5"), corpusJsonl.toString());
    }

    @Test
    void framesBothLevelsAndBothSchemes() throws IOException {
        same("csv", new String[] {"frames"}, data("news"));
        same("csv", new String[] {"frames", "--level", "document", "--scheme", "policy", "--primary"}, data("news"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        String rows = same("csv", jsonl("frames", "--level", "document", "--primary"), corpusJsonl.toString());
        assertTrue(rows.contains(",true\n"), rows.substring(0, 400));
        same("jsonl", jsonl("frames", "--min-score", "0.5"), corpusJsonl.toString());
    }

    @Test
    void framesFromUserSchemesAndDictionaries() throws IOException {
        Path scheme = tmp.resolve("desk-frames.tsv");
        Files.writeString(scheme, "# frame\tcue\tweight\nharbour\tport\t1\nharbour\tstrike\t2\nmoney\tbudget\t1.5\nmoney\tinterest rate\t1\n");
        Path dic = tmp.resolve("desk-frames.dic");
        Files.writeString(dic, "%\n1\tcare\n2\tblame\n%\nfamil*\t1\nvictim*\t1\nblame*\t2\nresponsib*\t2\n");
        String rows = same("csv", jsonl("frames", "--scheme-file", scheme.toString(), "--dic", dic.toString()), corpusJsonl.toString());
        assertTrue(rows.contains(",money,") && rows.contains(",care,"), rows.substring(0, 400));
        same("csv", jsonl("frames", "--level", "document", "--scheme", "generic", "--scheme-file", scheme.toString(), "--presence", "1,1"),
            corpusJsonl.toString());
    }

    @Test
    void quotesRowsAndSpeakers() throws IOException {
        same("csv", new String[] {"quotes"}, data("quotes"));
        same("jsonl", new String[] {"quotes", "--summary"}, data("news"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        String rows = same("csv", jsonl("quotes"), corpusJsonl.toString());
        assertTrue(rows.contains("Tom Reyes"), rows.substring(0, 400));
        same("csv", jsonl("quotes", "--summary"), corpusJsonl.toString());
    }

    @Test
    void timelineSortedAllAndGrouped() throws IOException {
        same("csv", new String[] {"timeline", "--date", "2023-07-18"}, data("news"));
        same("jsonl", new String[] {"timeline", "--all", "--date", "2023-07-18"}, data("news"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        String sorted = same("csv", jsonl("timeline"), corpusJsonl.toString());
        assertTrue(rows(sorted) > 1000, sorted.substring(0, 400));
        same("tsv", jsonl("timeline", "--all"), corpusJsonl.toString());
        for (String period : new String[] {"week", "month"}) {
            String periods = same("csv", jsonl("timeline", "--group-by", period), corpusJsonl.toString());
            assertTrue(rows(periods) > 0, periods);
        }
    }

    @Test
    void timelineWarnsOnceAboutUndatedDocumentsAsTheCliDoes() throws IOException {
        spark.conf().set("spark.textlens.maxSplitBytes", "32k");
        Run expected = cli("timeline", "--input-format", "lines", corpusLines.toString());
        Path out = tmp.resolve("undated");
        Run actual = job("timeline", "--input-format", "lines", "--input", corpusLines.toString(), "--output", out.toString());
        assertEquals(0, actual.exit(), actual.err());
        assertEquals(expected.out(), parts(out));
        assertTrue(expected.err().startsWith("textlens: warning: " + corpusLines + ":"), expected.err());
        assertEquals(expected.err(), actual.err());
    }

    @Test
    void portrayalRowsSummariesAndGroups() throws IOException {
        same("csv", new String[] {"portrayal", "--explain"}, data("portrayal/council.txt"));
        same("csv", new String[] {"portrayal", "--targets", data("portrayal/targets.tsv")}, data("news"));
        same("jsonl", new String[] {"portrayal", "--input-format", "jsonl", "--targets-field=targets"}, data("portrayal/spans.jsonl"));
        same("csv", new String[] {"portrayal", "--summary", "--group-field", "outlet", "--input-format", "jsonl"},
            data("portrayal/outlets.jsonl"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        same("csv", jsonl("portrayal", "--summary"), corpusJsonl.toString());
        String groups = same("csv", jsonl("portrayal", "--summary", "--group-field", "outlet"), corpusJsonl.toString());
        assertTrue(groups.contains("\nHarbour Herald,") && groups.contains("\nDaily Ledger,"), groups);
    }

    @Test
    void portrayalRecordsWithBadSpansAreTheCliErrors() throws IOException {
        String spans = data("portrayal/spans-past-end.jsonl");
        Run strict = job("portrayal", "--input-format", "jsonl", "--targets-field=targets", "--input", spans, "--output",
            tmp.resolve("spans").toString());
        Run cliStrict = cli("portrayal", "--input-format", "jsonl", "--targets-field=targets", spans);
        assertEquals(cliStrict.exit(), strict.exit(), strict.err());
        assertTrue(strict.err().contains(cliStrict.err().lines().filter(l -> l.startsWith("textlens: error:")).findFirst().orElseThrow()),
            strict.err());
        Run lenient = job("portrayal", "--keep-going", "--input-format", "jsonl", "--targets-field=targets", "--input", spans, "--output",
            tmp.resolve("spans-kept").toString());
        Run cliLenient = cli("portrayal", "--keep-going", "--input-format", "jsonl", "--targets-field=targets", spans);
        assertEquals(3, cliLenient.exit());
        assertEquals(3, lenient.exit(), lenient.err());
        assertEquals(cliLenient.out(), parts(tmp.resolve("spans-kept")));
    }

    @Test
    void webPagesAndFeedsAreReadByTheCliReaders() throws IOException {
        same("csv", new String[] {"timeline", "--all", "--input-format", "html"}, data("web/article.html"));
        same("csv", new String[] {"sentiment", "--summary", "--input-format", "feed"}, data("web/feeds"));
    }

    @Test
    void optionErrorsAreTheCliErrors() throws IOException {
        Run plot = job("timeline", "--plot", tmp.resolve("t.svg").toString(), "--input", data("news"), "--output", tmp.resolve("p").toString());
        assertEquals(2, plot.exit());
        assertTrue(plot.err().startsWith("textlens: error: --plot draws a chart"), plot.err());
        Run both = job("timeline", "--all", "--group-by", "month", "--input", data("news"), "--output", tmp.resolve("q").toString());
        assertEquals(cli("timeline", "--all", "--group-by", "month", data("news")).err(), both.err());
        assertEquals(2, both.exit());
        Run category = job("loaded", "--categories", "nonsense", "--input", data("news"), "--output", tmp.resolve("r").toString());
        assertEquals(cli("loaded", "--categories", "nonsense", data("news")).err(), category.err());
        Path badScheme = tmp.resolve("bad-scheme.tsv");
        Files.writeString(badScheme, "harbour\tport\tmany\n");
        Run scheme = job("frames", "--scheme-file", badScheme.toString(), "--input", data("news"), "--output", tmp.resolve("s").toString());
        assertEquals(1, scheme.exit());
        assertEquals(cli("frames", "--scheme-file", badScheme.toString(), data("news")).err(), scheme.err());
        Run report = job("report", "--input", data("news"), "--output", tmp.resolve("t").toString(), "--format", "jsonl");
        assertEquals(2, report.exit());
        assertEquals("textlens: error: the report's figures are CSV files; leave out --format jsonl\n", report.err());
        Run draw = job("report", "--from-data", tmp.resolve("t").toString(), "--input", data("news"), "--output", tmp.resolve("u").toString());
        assertEquals(2, draw.exit());
        Run title = job("report", "--title", "Week", "--input", data("news"), "--output", tmp.resolve("v").toString());
        assertEquals(2, title.exit());
        assertTrue(title.err().startsWith("textlens: error: --title belongs to drawing the report"), title.err());
    }
}
