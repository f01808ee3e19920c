package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textlens report through its command line: what the HTML holds, and that its figures are the subcommands'. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private String report(String... args) throws IOException {
        Path out = dir.resolve("report-" + System.nanoTime() + ".html");
        List<String> all = new ArrayList<>(List.of("report", "-o", out.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), "a clean run is quiet");
        return Files.readString(out);
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String html, String literal) {
        int n = 0;
        for (int i = html.indexOf(literal); i >= 0; i = html.indexOf(literal, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everySectionAndADocumentViewPerDocument() throws IOException {
        String html = report(Cli.data("news"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String section : List.of("terms", "sentiment", "loaded", "frames", "quotes", "portrayal", "timeline", "documents")) {
            assertTrue(html.contains("data-section=\"" + section + "\""), section);
        }
        assertEquals(6, count(html, "<article class=\"doc\""));
        assertEquals(6, count(html, "data-chart=\"sentiment-arc\""));
        assertTrue(html.contains("data-chart=\"top-terms\""));
        assertTrue(html.contains("data-chart=\"sentiment-labels\""));
        assertTrue(html.contains("No document has a publication date"), "text files have no dates");
        assertTrue(html.contains("data-chart=\"sentiment-histogram\""));
        assertEquals(76, count(html, "\" data-sentence=\""), "one tinted span per sentence, as sentiment finds 76");
    }

    @Test
    void nothingIsFetchedWhenTheReportIsOpened() throws IOException {
        String html = report(Cli.data("news"));
        assertEquals(List.of(), all(html, "(?:src|href|xlink:href|action)\\s*=\\s*\"((?!#)[^\"]*)\""), "only in-page links");
        assertFalse(html.matches("(?s).*url\\(.*"), "no CSS url()");
        assertFalse(html.contains("@import"));
        assertEquals(1, count(html, "<script>"), "one script: ours");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; img-src data:;"),
            "a policy that forbids fetches");
        assertTrue(html.contains("xmlns=\"http://www.w3.org/2000/svg\""), "the SVG namespace is a name, never fetched");
    }

    @Test
    void sentimentFiguresAreTheSentimentCommands() throws IOException {
        String html = report(Cli.data("news"));
        List<String> means = all(html, "<td class=\"num (?:positive|neutral|negative)\" data-sort=\"[^\"]*\">([^<]*)</td>");
        List<String> expected = Tables.csv(Cli.run("sentiment", "--summary", Cli.data("news")).out()).stream().map(r -> r.get("mean")).toList();
        assertEquals(expected, means);
        List<CSVRecord> sentences = Tables.csv(Cli.run("sentiment", Cli.data("news/02-flood-relief.txt")).out());
        List<String> compounds = all(html.substring(html.indexOf("data-doc-id=\"" + Cli.data("news/02-flood-relief.txt"))),
            "<span class=\"s s-\\w+\" data-sentence=\"\\d+\" data-label=\"\\w+\" data-compound=\"([^\"]+)\"").subList(0, sentences.size());
        assertEquals(sentences.stream().map(r -> r.get("compound")).toList(), compounds);
    }

    @Test
    void topTermsAreFreqs() throws IOException {
        String html = report("--top", "10", Cli.data("news"));
        String figure = html.substring(html.indexOf("data-chart=\"top-terms\""), html.indexOf("</figure>", html.indexOf("data-chart=\"top-terms\"")));
        List<String> rows = all(figure, "<tr>(<td>.*?)</tr>").stream().map(r -> r.replaceAll("</td><td>", ",").replaceAll("</?td>", "")).toList();
        List<String> freq = Cli.run("freq", "--top", "10", Cli.data("news")).out().lines().skip(1).toList();
        assertEquals(freq, rows);
        assertEquals(10, count(figure, "<rect class=\"mark\""), "one bar per term");
    }

    @Test
    void keynessWithAReference() throws IOException {
        String html = report("--reference", Cli.data("reference"), Cli.data("news"));
        String figure = html.substring(html.indexOf("data-chart=\"keyness\""));
        figure = figure.substring(0, figure.indexOf("</figure>"));
        assertTrue(figure.contains("over-used here") && figure.contains("under-used here"), "a legend");
        String first = all(figure, "<tbody>\\s*<tr>(<td>.*?)</tr>").get(0).replaceAll("</td><td>", ",").replaceAll("</?td>", "");
        String keyness = Cli.run("freq", "--reference", Cli.data("reference"), "--top", "1", Cli.data("news")).out().lines().skip(1).findFirst().get();
        assertEquals(keyness.substring(0, keyness.lastIndexOf(',')), first, "rank to log ratio as freq --reference gives them");
        assertFalse(html.contains("data-chart=\"keyness\"") && report(Cli.data("news")).contains("data-chart=\"keyness\""));
    }

    @Test
    void datedDocumentsGetSentimentOverTime() throws IOException {
        String html = report("--input-format", "jsonl", "--text-field", "body", "--date-field", "published", Cli.data("corpus.jsonl"));
        assertTrue(html.contains("data-chart=\"sentiment-time\""));
        assertTrue(html.contains("6 dated, from 2024-07-19 to 2024-11-14"), "the summary line");
        assertTrue(html.contains("<td>2024-10-15</td>"), "dates in the document list");
        String figure = html.substring(html.indexOf("data-chart=\"sentiment-time\""));
        assertTrue(figure.contains("mean per week"), "a six-week span is grouped by week");
    }

    @Test
    void loadedTermsAreHighlightedWithTheirCategoryReasonAndAlternative() throws IOException {
        String html = report(Cli.seed());
        List<CSVRecord> hits = Tables.csv(Cli.run("loaded", Cli.seed()).out());
        List<String> marks = all(html, "(<mark class=\"loaded\" data-category=[^>]*>)");
        assertEquals(hits.size(), marks.stream().filter(m -> !m.contains("data-cont")).count(), "one highlight per hit of loaded");
        assertTrue(html.contains("<mark class=\"loaded\" data-category=\"contested-name\" data-weight=\"0.60\" data-reason=\""), html);
        for (CSVRecord hit : hits) {
            String mark = "data-category=\"" + hit.get("category") + "\" data-weight=\"" + hit.get("weight") + "\" data-reason=\""
                + org.textlens.report.html.Html.escape(hit.get("reason")) + "\" data-alternative=\""
                + org.textlens.report.html.Html.escape(hit.get("alternative")) + "\"";
            assertTrue(html.contains(mark), mark);
        }
        assertTrue(html.contains(">Kiev</mark>"));
        assertTrue(html.contains("data-chart=\"loaded-categories\""));
        String per1000 = Tables.csv(Cli.run("loaded", "--summary", Cli.seed()).out()).get(0).get("per_1000");
        assertTrue(html.contains("<td class=\"num\" data-sort=\"") && html.contains(">" + per1000 + "</td>"),
            "the document list shows loaded's per_1000");
    }

    @Test
    void framesAreFramesDocumentLevelDecisions() throws IOException {
        String html = report("--scheme", "policy", Cli.seed());
        List<CSVRecord> rows = Tables.csv(Cli.run("frames", "--scheme", "policy", "--level", "document", "--primary", Cli.seed()).out());
        String primary = rows.stream().filter(r -> r.get("primary").equals("true")).findFirst().orElseThrow().get("frame");
        assertEquals("security_and_defense", primary);
        assertTrue(html.contains("<td class=\"\">security_and_defense</td>"), "the primary frame in the document list");
        String figure = html.substring(html.indexOf("data-chart=\"frame-scores\""));
        figure = figure.substring(0, figure.indexOf("</figure>"));
        for (CSVRecord r : rows) {
            assertTrue(figure.contains("<td>" + r.get("frame") + "</td><td>" + r.get("score") + "</td><td>" + r.get("share") + "</td>"), r.toString());
        }
        assertTrue(html.contains("data-chart=\"frame-shares\""));
        assertEquals(2, Cli.run("report", "--scheme", "nope", Cli.data("news")).exit());
    }

    @Test
    void temporalExpressionsAreMarkedWithTheirValues() throws IOException {
        String html = report("--date", "2023-07-18", Cli.seed());
        List<CSVRecord> rows = Tables.csv(Cli.run("timeline", "--all", "--date", "2023-07-18", Cli.seed()).out());
        List<String> marks = all(html, "(<span class=\"timex\" data-type=[^>]*>)").stream().filter(m -> !m.contains("data-cont")).toList();
        assertEquals(rows.size(), marks.size(), "one mark per expression timeline finds");
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(marks.get(i).startsWith("<span class=\"timex\" data-type=\"" + rows.get(i).get("type") + "\" data-value=\""
                + rows.get(i).get("value") + "\""), marks.get(i));
        }
        assertTrue(html.contains("data-value=\"2023-W29\" data-from=\"2023-07-17\" data-to=\"2023-07-23\" title=\"DATE 2023-W29: 2023-07-17 to 2023-07-23\">this week</span>"));
        assertTrue(html.contains("<tr><td>2023-05-01</td><td>2023-05-31</td><td>May</td><td>2023-05</td></tr>"), "the document's timeline");
        String chart = html.substring(html.indexOf("data-chart=\"timeline\""));
        assertTrue(chart.contains("Dated mentions by year"), "2014 to 2023 is grouped by year");
        for (CSVRecord r : Tables.csv(Cli.run("timeline", "--group-by", "year", "--date", "2023-07-18", Cli.seed()).out())) {
            assertTrue(chart.contains("<td>" + r.get("period") + "</td><td>" + r.get("from") + "</td><td>" + r.get("to") + "</td><td>"
                + r.get("mentions") + "</td><td>" + r.get("documents") + "</td>"), "timeline --group-by year's row " + r);
        }
    }

    @Test
    void withoutDatesRelativeExpressionsStayUnresolved() throws IOException {
        String html = report(Cli.data("news/02-flood-relief.txt"));
        assertTrue(html.contains("data-section=\"timeline\""));
    }

    @Test
    void statementsAreMarkedWithTheirSpeakers() throws IOException {
        String html = report(Cli.seed());
        List<CSVRecord> statements = Tables.csv(Cli.run("quotes", Cli.seed()).out());
        List<String> marks = all(html, "(<span class=\"quote\" data-speaker=[^>]*>)").stream().filter(m -> !m.contains("data-cont")).toList();
        assertEquals(statements.size(), marks.size(), "one mark per statement quotes finds");
        for (int i = 0; i < statements.size(); i++) {
            CSVRecord s = statements.get(i);
            assertTrue(marks.get(i).startsWith("<span class=\"quote\" data-speaker=\"" + s.get("speaker") + "\" data-verb=\"" + s.get("verb")
                + "\" data-kind=\"" + s.get("kind") + "\""), marks.get(i));
        }
        assertTrue(html.contains("<span class=\"speaker\" data-speaker=\"Matthew Miller\">Matthew Miller</span>"));
        String speakers = html.substring(html.indexOf("data-chart=\"speakers\""));
        String first = Tables.csv(Cli.run("quotes", "--summary", Cli.seed()).out()).get(0).get("speaker");
        assertTrue(speakers.contains("<tbody><tr><td>" + first + "</td>"), "the speaker with most words first, as quotes --summary");
    }

    @Test
    void targetsAreMarkedAsPortrayalLabelsThem() throws IOException {
        String html = report(Cli.seed());
        List<CSVRecord> rows = Tables.csv(Cli.run("portrayal", Cli.seed()).out());
        List<String> marks = all(html, "(<span class=\"target [^>]*data-entity[^>]*>)").stream().filter(m -> !m.contains("data-cont")).toList();
        assertEquals(rows.size(), marks.size(), "one mark per row portrayal writes");
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            assertEquals("<span class=\"target target-" + r.get("label").substring(0, 3) + "\" data-entity=\"" + r.get("entity")
                + "\" data-label=\"" + r.get("label") + "\" data-score=\"" + r.get("score") + "\" title=\"" + r.get("entity") + ": "
                + r.get("label") + " (" + r.get("score") + ")\">", marks.get(i));
        }
        String chart = html.substring(html.indexOf("data-chart=\"portrayal\""));
        List<CSVRecord> summary = Tables.csv(Cli.run("portrayal", "--summary", Cli.seed()).out());
        CSVRecord most = summary.get(0);
        assertTrue(chart.contains("<td>" + most.get("entity") + "</td><td>" + most.get("mentions") + "</td><td>1</td><td>" + most.get("mean")
            + "</td>"), "the most mentioned entity first, with portrayal --summary's mean: " + most);
    }

    @Test
    void oneDocument() throws IOException {
        String html = report("--date", "2023-07-18", Cli.data("news/01-ceasefire-talks.txt"));
        assertTrue(html.contains("1 document · "), "singular");
        assertEquals(1, count(html, "<article class=\"doc\""));
        assertTrue(html.contains("All dated documents have the same date"));
        assertFalse(html.contains("data-chart=\"sentiment-histogram\""), "a histogram of one document says nothing");
    }

    @Test
    void emptyInput() throws IOException {
        String html = report(Cli.data("edge/empty.txt"));
        assertTrue(html.contains("No words to count."));
        assertTrue(html.contains("No sentences to score."));
        Cli.Result stdin = Cli.run("report");
        assertEquals(0, stdin.exit(), stdin.toString());
        assertTrue(stdin.out().contains("1 document · 0 words"), "stdin with nothing on it is one empty document");
        assertTrue(stdin.out().endsWith("</html>\n"));
        Files.createDirectories(dir.resolve("nothing"));
        assertTrue(report(dir.resolve("nothing").toString()).contains("The input held no documents."), "an empty folder");
    }

    @Test
    void hostileTextIsShownAsText() throws IOException {
        String hostile = "He wrote <script>document.title='pwned'</script> and \"quoted\" it & left <img src=x onerror=alert(1)>.";
        Path file = dir.resolve("<b>evil\".txt");
        Files.writeString(file, hostile);
        String html = report(file.toString());
        assertFalse(html.contains("<script>document"), "no script from the text");
        assertFalse(html.contains("<img"), "no image from the text");
        assertFalse(html.contains("<b>evil"), "no markup from the file name");
        assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
        assertTrue(html.contains("&quot;quoted&quot; it &amp; left &lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&lt;b&gt;evil&quot;.txt"));
    }

    @Test
    void maxDocumentsLimitsTheViewsNotTheFigures() throws IOException {
        String html = report("--max-documents", "2", Cli.data("news"));
        assertEquals(2, count(html, "<article class=\"doc\""));
        assertEquals(6, count(html, "<tr data-doc="), "every document is listed");
        assertTrue(html.contains("the other 4 are listed and counted in every chart"));
        assertTrue(html.contains("76 sentences labelled"), "every sentence is counted");
    }

    @Test
    void theSameReportWithAnyNumberOfThreads() throws IOException {
        assertEquals(report("--threads", "1", Cli.data("news")), report("--threads", "3", Cli.data("news")));
    }

    @Test
    void refusesToWriteHtmlToATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console terminal = new Console(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8), true, true);
        assertEquals(2, Main.run(terminal, "report", Cli.data("news")));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("textlens: error: the report is an HTML file; give -o FILE.html"),
            err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors() {
        assertEquals(2, Cli.run("report", "--format", "csv", Cli.data("news")).exit(), "the report has no row formats");
        assertEquals(2, Cli.run("report", "--top", "0", Cli.data("news")).exit());
        Cli.Result missing = Cli.run("report", "-o", dir.resolve("r.html").toString(), "no-such-file.txt");
        assertEquals(1, missing.exit());
        assertFalse(Files.exists(dir.resolve("r.html")), "a failed run leaves no file");
    }
}
