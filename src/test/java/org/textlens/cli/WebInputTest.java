package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages, WARC files and feeds at their edges: each problem is one clear line, and nothing else is lost. */
class WebInputTest {
    @TempDir
    Path dir;

    private String write(String name, byte[] bytes) throws IOException {
        return WebFixtures.write(dir, name, bytes);
    }

    private String write(String name, String html) throws IOException {
        return write(name, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> rows(Cli.Result r) {
        return Tables.csv(r.out());
    }

    private static List<String> lines(String err) {
        return WebFixtures.lines(err);
    }

    @Test
    void pageWithoutArticleGivesNoDocumentAndOneWarning() throws IOException {
        String index = write("index.html", "<html><body><ul>" + "<li><a href=\"/a\">A story about the harbour and its wall</a></li>".repeat(30)
            + "</ul></body></html>");
        String good = write("good.html", WebFixtures.page(""));
        Cli.Result r = Cli.run("extract", "--input-format", "html", index, good);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("textlens: warning: " + index + ": no article found (an index, error or empty page?); skipped"), lines(r.err()));
        assertEquals(1, rows(r).size());
        assertEquals(good, rows(r).get(0).get("doc_id"));
        assertTrue(rows(r).get(0).get("text").startsWith(WebFixtures.FIRST_WORDS), r.out());
    }

    @Test
    void emptyPageAndPageWithoutBody() throws IOException {
        String empty = write("empty.html", "");
        String headOnly = write("head.html", "<html><head><title>Nothing here</title></head></html>");
        Cli.Result r = Cli.run("extract", "--input-format", "html", empty, headOnly);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(2, lines(r.err()).size(), r.err());
        assertTrue(r.err().contains(empty + ": no article found"), r.err());
        assertTrue(r.err().contains(headOnly + ": no article found"), r.err());
        assertEquals(List.of(), rows(r));
    }

    @Test
    void pageWithoutDateHasAnEmptyDateOrTheGivenOne() throws IOException {
        String page = write("undated.html", WebFixtures.page(""));
        Cli.Result r = Cli.run("extract", "--input-format", "html", page);
        assertEquals("", r.err());
        assertEquals("", rows(r).get(0).get("date"));
        assertEquals("2020-01-31", rows(Cli.run("extract", "--input-format", "html", "--date", "2020-01-31", page)).get(0).get("date"));
    }

    @Test
    void unknownCharsetIsOneWarningAndTheBytesAreDetected() throws IOException {
        String html = WebFixtures.page("<meta charset=\"x-no-such-charset\">", "<p>Café owners in the old town said the new rules were"
            + " too strict, and that the crème brûlée festival would move to the harbour next summer if nothing changed.</p>");
        String latin = write("latin.html", html.getBytes(Charset.forName("windows-1252")));
        Cli.Result r = Cli.run("extract", "--input-format", "html", latin);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("textlens: warning: " + latin + ": unknown charset 'x-no-such-charset'; decoded as windows-1252"), lines(r.err()));
        assertTrue(rows(r).get(0).get("text").startsWith("Café owners"), r.out());
        assertTrue(rows(r).get(0).get("text").contains("crème brûlée"), r.out());
    }

    @Test
    void brokenUtf8IsReplacedAndReportedOnce() throws IOException {
        byte[] page = WebFixtures.page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8);
        int at = new String(page, StandardCharsets.ISO_8859_1).indexOf("county");
        page[at] = (byte) 0xC3; // a lead byte without its continuation
        String file = write("broken.html", page);
        Cli.Result r = Cli.run("extract", "--input-format", "html", file);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, lines(r.err()).size(), r.err());
        assertTrue(r.err().startsWith("textlens: warning: " + file + ": 1 malformed UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte "
            + at), r.err());
        assertTrue(rows(r).get(0).get("text").contains("\uFFFDounty library"), r.out());
    }

    @Test
    void pageWithoutMetaCharsetIsDetected() throws IOException {
        String html = WebFixtures.page("", "<p>Señora Núñez, who runs the bakery on the quay, said the café tables would stay out"
            + " on the pavement until the end of October, weather permitting.</p>");
        Cli.Result utf8 = Cli.run("extract", "--input-format", "html", write("u.html", html));
        Cli.Result latin = Cli.run("extract", "--input-format", "html", write("l.html", html.getBytes(Charset.forName("windows-1252"))));
        assertEquals("", utf8.err() + latin.err());
        assertEquals(rows(utf8).get(0).get("text"), rows(latin).get(0).get("text"));
        assertTrue(rows(latin).get(0).get("text").startsWith("Señora Núñez"));
    }

    @Test
    void fiftyMegabytePageIsOneWarningAndTheOthersAreRead() throws IOException {
        Path big = dir.resolve("big.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "All work and no play makes a very long page. ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 50L << 20; n += chunk.length) {
                out.write(chunk);
            }
        }
        String good = write("good.html", WebFixtures.page(""));
        Cli.Result r = Cli.run("extract", "--input-format", "html", big.toString(), good);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("textlens: warning: " + big + ": page larger than 16 MiB skipped (not read as an article)"), lines(r.err()));
        assertEquals(List.of(good), rows(r).stream().map(m -> m.get("doc_id")).toList());
    }

    @Test
    void pageBuiltByScriptIsReadFromItsJsonLdBody() throws IOException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Library hours\","
            + "\"datePublished\":\"2020-04-05\",\"articleBody\":\"The county library will stay open late on Thursdays from next month,"
            + " the council said.\\nStaff will work in two shifts, and the reading room on the first floor will be heated again after a"
            + " winter in which it was closed to save money.\"}</script>";
        String page = write("app.html", ("<html><head>" + ld + "</head><body><div id=\"app\">Loading...</div></body></html>")
            .getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("extract", "--input-format", "html", page);
        assertEquals("", r.err());
        assertEquals("The county library will stay open late on Thursdays from next month, the council said.\n\nStaff will work in two"
            + " shifts, and the reading room on the first floor will be heated again after a winter in which it was closed to save money.",
            rows(r).get(0).get("text"));
        assertEquals("2020-04-05", rows(r).get(0).get("date"));
        assertEquals("Library hours", rows(r).get(0).get("title"));
    }

    @Test
    void gzipPageIsRead() throws IOException {
        String page = write("page.html.gz", WebFixtures.gzip(WebFixtures.page("").getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = Cli.run("extract", "--input-format", "html", page);
        assertEquals("", r.err());
        assertTrue(rows(r).get(0).get("text").startsWith(WebFixtures.FIRST_WORDS));
    }

    @Test
    void everyCommandReadsWebPages() throws IOException {
        String page = write("page.html", WebFixtures.page(""));
        Cli.Result r = Cli.run("freq", "--input-format", "html", page);
        assertEquals(0, r.exit(), r.toString());
        Map<String, Long> counts = Tables.counts(r.out());
        assertEquals(1L, counts.get("library").longValue(), r.out());
        assertEquals(null, counts.get("jobs"), "the footer is not read");
        assertEquals(null, counts.get("sport"), "the menu is not read");
    }
}
