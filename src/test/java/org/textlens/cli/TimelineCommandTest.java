package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textlens timeline} as a user runs it: rows, ordering, grouping, anchoring, TimeML, errors. */
class TimelineCommandTest {
    private static final String HARBOUR = Cli.data("timeml/harbour-report.tml");

    private static Cli.Result run(String stdin, String... args) {
        return Cli.runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void columnsAreTheDocumentedOnes() {
        Cli.Result r = run("Talks begin this week.", "timeline", "--date", "2023-07-18");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("doc_id", "doc_date", "sentence", "start", "end", "text", "type", "value", "mod", "from", "to", "context"),
            Tables.header(r.out()));
        CSVRecord row = Tables.csv(r.out()).get(0);
        assertEquals("-", row.get("doc_id"));
        assertEquals("2023-07-18", row.get("doc_date"));
        assertEquals("12", row.get("start"));
        assertEquals("21", row.get("end"));
        assertEquals("Talks begin this week.", row.get("context"));
    }

    @Test
    void theTimelineKeepsDatedExpressionsSortedByTheirFirstDay() {
        String text = "The ban ends next year. It lasted two years. The law passed in 2019. Prices are high now. Riots broke out yesterday.";
        Cli.Result r = run(text, "timeline", "--date", "2023-07-18");
        assertEquals(List.of("2019", "yesterday", "next year"), Tables.csv(r.out()).stream().map(x -> x.get("text")).toList());
        Cli.Result all = run(text, "timeline", "--all", "--date", "2023-07-18");
        assertEquals(List.of("next year", "two years", "2019", "now", "yesterday"),
            Tables.csv(all.out()).stream().map(x -> x.get("text")).toList());
    }

    @Test
    void equalDaysAreOrderedByDocumentThenOffset() {
        String lines = "March 2023 was calm.\nRiots in March 2023, a curfew in March 2023, and unrest all 2023.\n";
        Cli.Result r = run(lines, "timeline", "--input-format", "lines", "--date", "2023-07-18");
        assertEquals(List.of("-:2|2023|60", "-:1|March 2023|0", "-:2|March 2023|9", "-:2|March 2023|33"),
            Tables.csv(r.out()).stream().map(x -> x.get("doc_id") + "|" + x.get("text") + "|" + x.get("start")).toList());
    }

    @Test
    void groupsCountTheExpressionsInsideEachPeriod() {
        String lines = "Riots broke out on Monday and again on Tuesday.\nThe riots of Tuesday spread. Talks resumed in June.\n";
        Cli.Result r = run(lines, "timeline", "--input-format", "lines", "--date", "2023-07-19", "--group-by", "week");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("period,from,to,mentions,documents,examples", r.out().lines().findFirst().orElseThrow());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(1, rows.size(), r.out());               // June is longer than a week: in no week
        assertEquals("2023-W29", rows.get(0).get("period"));
        assertEquals("2023-07-17", rows.get(0).get("from"));
        assertEquals("2023-07-23", rows.get(0).get("to"));
        assertEquals("3", rows.get(0).get("mentions"));
        assertEquals("2", rows.get(0).get("documents"));
        Cli.Result months = run(lines, "timeline", "--input-format", "lines", "--date", "2023-07-19", "--group-by", "month");
        assertEquals(List.of("2023-06|1", "2023-07|3"),
            Tables.csv(months.out()).stream().map(x -> x.get("period") + "|" + x.get("mentions")).toList());
    }

    @Test
    void withoutADateValuesStayUnderspecifiedAndOneWarningSaysSo() {
        String lines = "In May the plan changed.\nLast week it changed again.\nIt took two years.\n";
        Cli.Result r = run(lines, "timeline", "--all", "--input-format", "lines");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("XXXX-05", "XXXX-WXX", "P2Y"), Tables.csv(r.out()).stream().map(x -> x.get("value")).toList());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("textlens: warning: -:1: 2 document(s) without a date"), r.err());
        String thisYear = Integer.toString(LocalDate.now().getYear());
        assertFalse(r.out().contains(thisYear), "the run date must never be used");
        Cli.Result timeline = run(lines, "timeline", "--input-format", "lines");
        assertEquals(1, timeline.out().lines().count(), "undated expressions have no place on a timeline");
    }

    @Test
    void aDateFieldAnchorsEachRecord() {
        String jsonl = "{\"id\":\"a\",\"date\":\"2023-07-18\",\"text\":\"It happened yesterday.\"}\n"
            + "{\"id\":\"b\",\"date\":\"2020-01-01\",\"text\":\"It happened yesterday.\"}\n";
        Cli.Result r = run(jsonl, "timeline", "--all", "--input-format", "jsonl");
        assertEquals(List.of("a|2023-07-17", "b|2019-12-31"),
            Tables.csv(r.out()).stream().map(x -> x.get("doc_id") + "|" + x.get("value")).toList());
        assertEquals("", r.err());
    }

    @Test
    void timemlInputTakesTheTextAndTheCreationTime() {
        Cli.Result r = Cli.run("timeline", "--all", "--input-format", "timeml", HARBOUR);
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(List.of("Tuesday|2021-03-02", "six months|P6M", "about two weeks|P2W", "2019|2019", "next Monday|2021-03-08",
                "9 a.m.|2021-03-08T09:00", "the end of the year|2021"),
            rows.stream().map(x -> x.get("text") + "|" + x.get("value")).toList());
        assertTrue(rows.stream().allMatch(x -> x.get("doc_date").equals("2021-03-04")));
        assertEquals("Dock workers at Eastmark & Sons walked out on Tuesday, the third strike in six months.", rows.get(0).get("context"));
    }

    @Test
    void timemlOutputLeavesTheTextByteIdentical(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("timeline", "--input-format", "timeml", "--format", "timeml", HARBOUR);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-03-04\""), r.out());
        assertTrue(r.out().contains("<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2W\" mod=\"APPROX\">about two weeks</TIMEX3>"), r.out());
        assertEquals(textOf(Files.readString(Path.of(HARBOUR))), textOf(r.out()));
        // and once more through our own output: tagging is idempotent
        Path first = dir.resolve("first.tml");
        Files.writeString(first, r.out());
        Cli.Result again = Cli.run("timeline", "--input-format", "timeml", "--format", "timeml", first.toString());
        assertEquals(r.out(), again.out());
    }

    @Test
    void timemlToAFolderWritesOneFilePerDocument(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Talks began on Monday & ended <quickly> on Friday.");
        Files.writeString(in.resolve("b.txt"), "No dates here.");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Cli.Result r = Cli.run("timeline", "--format", "timeml", "--date", "2023-07-19", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("a.txt.tml", "b.txt.tml"), Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        String a = Files.readString(out.resolve("a.txt.tml"));
        assertEquals("Talks began on Monday & ended <quickly> on Friday.", textOf(a));
        assertTrue(a.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-07-17\">Monday</TIMEX3> &amp; ended &lt;quickly&gt;"), a);
    }

    /** The TEXT of a TimeML document with its tags removed and entities decoded. */
    static String textOf(String tml) {
        String body = tml.substring(tml.indexOf("<TEXT>") + 6, tml.lastIndexOf("</TEXT>"));
        return Pattern.compile("<[^>]*>").matcher(body).replaceAll("")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();
    }

    @Test
    void offsetsCountCodePointsPastCharactersOutsideTheBasicPlane() {
        String text = "\uD83D\uDE00 Talks \uD83D\uDE00\uD83D\uDE00 began on Friday. \uD83C\uDF89 They end next week.";
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "timeline", "--all", "--date", "2023-07-18");
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(2, rows.size(), r.out());
        int[] cps = text.codePoints().toArray();
        for (CSVRecord row : rows) {
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            assertEquals(row.get("text"), new String(cps, start, end - start));
        }
        assertEquals(List.of("20", "39"), rows.stream().map(x -> x.get("start")).toList());
    }

    @Test
    void threadsGiveIdenticalOutput() {
        Cli.Result one = Cli.run("timeline", "--all", "--threads", "1", "--date", "2024-03-15", "testdata/news");
        Cli.Result four = Cli.run("timeline", "--all", "--threads", "4", "--date", "2024-03-15", "testdata/news");
        assertEquals(one.out(), four.out());
        assertTrue(one.out().lines().count() > 20);
        for (String format : List.of("csv", "tsv", "jsonl")) {   // the sorted timeline, rows formatted by the workers
            Cli.Result sortedOne = Cli.run("timeline", "--format", format, "--threads", "1", "--date", "2024-03-15", "testdata/news");
            Cli.Result sortedFour = Cli.run("timeline", "--format", format, "--threads", "4", "--date", "2024-03-15", "testdata/news");
            assertEquals(sortedOne.out(), sortedFour.out(), format);
            assertTrue(sortedOne.out().lines().count() > 20, format);
        }
    }

    @Test
    void emptyInputGivesAHeaderOnly() {
        Cli.Result r = run("", "timeline");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("doc_id,doc_date,sentence,start,end,text,type,value,mod,from,to,context\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void usageErrors() {
        assertEquals(2, Cli.run("timeline", "--all", "--group-by", "week").exit());
        assertEquals(2, Cli.run("timeline", "--group-by", "fortnight").exit());
        assertEquals(2, Cli.run("timeline", "--format", "timeml", "--all").exit());
        Cli.Result freq = Cli.run("freq", "--format", "timeml", "testdata/news");
        assertEquals(2, freq.exit());
        assertTrue(freq.err().contains("--format timeml is written by the timeline command only"), freq.err());
    }

    @Test
    void aFileWithoutTextIsAnInputError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tml");
        Files.writeString(bad, "<TimeML><DOCID>x</DOCID></TimeML>");
        Cli.Result r = Cli.run("timeline", "--input-format", "timeml", bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: " + bad + ": no <TEXT> element ("), r.err());
        Cli.Result missing = Cli.run("timeline", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.exit());
    }

    @Test
    void binaryFilesAreSkippedWithAWarning(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("x.bin");
        Files.write(bin, new byte[] {'M', 'a', 'y', 0, 1, 2});
        Cli.Result r = Cli.run("timeline", bin.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("binary file"), r.err());
    }
}
