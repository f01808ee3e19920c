package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files: response records with HTML pages become documents named by their URL; everything else is skipped, and said so once. */
class WarcInputTest {
    private static final String A = "https://news.example/2021/05/06/library-hours";
    private static final String B = "https://news.example/ferry";

    @TempDir
    Path dir;

    private String write(String name, byte[] bytes) throws IOException {
        return WebFixtures.write(dir, name, bytes);
    }

    private static List<CSVRecord> rows(Cli.Result r) {
        return Tables.csv(r.out());
    }

    private static List<String> ids(Cli.Result r) {
        return rows(r).stream().map(x -> x.get("doc_id")).toList();
    }

    private static List<String> lines(String err) {
        return WebFixtures.lines(err);
    }

    private static WebFixtures.Warc crawl(boolean gzip) throws IOException {
        return new WebFixtures.Warc(gzip)
            .record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII))
            .record("request", A, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
            .html(A, WebFixtures.page(""))
            .response("https://news.example/logo.png", "image/png", 200, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0})
            .response("https://news.example/gone", "text/html", 404, "<html><body>Not found</body></html>".getBytes(StandardCharsets.US_ASCII))
            .record("revisit", A, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
            .html(B, WebFixtures.page("<meta property=\"article:published_time\" content=\"2019-07-08\">", "<p>The ferry to the island will"
                + " run twice a day from June, the operator said, and a third boat will be added at weekends when the weather allows.</p>"));
    }

    @Test
    void htmlResponsesBecomeDocumentsNamedByTheirUrl() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            String warc = write(gzip ? "crawl.warc.gz" : "crawl.warc", crawl(gzip).bytes());
            Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
            assertEquals(0, r.exit(), r.toString());
            assertEquals(List.of(A, B), ids(r));
            assertEquals(List.of(A, B), rows(r).stream().map(x -> x.get("url")).toList());
            assertEquals("2021-05-06", rows(r).get(0).get("date"), "the date in the URL path comes before WARC-Date");
            assertEquals("2019-07-08", rows(r).get(1).get("date"), "the page's own date");
            assertTrue(rows(r).get(0).get("text").startsWith(WebFixtures.FIRST_WORDS));
            assertEquals(List.of("textlens: warning: " + warc + ": skipped 1 image/png responses, 1 responses with status 404"
                + " (only HTML pages with status 2xx are read)"), lines(r.err()));
        }
    }

    @Test
    void warcDateIsTheFallback() throws IOException {
        String warc = write("c.warc.gz", new WebFixtures.Warc(true).html("https://news.example/library", WebFixtures.page("")).bytes());
        assertEquals("2020-02-03", rows(Cli.run("extract", "--input-format", "warc", warc)).get(0).get("date"));
    }

    @Test
    void charsetComesFromTheHttpHeaderFirst() throws IOException {
        String html = WebFixtures.page("<meta charset=\"utf-8\">", "<p>Señora Núñez, who runs the bakery on the quay, said the café"
            + " tables would stay out on the pavement until the end of October, weather permitting.</p>");
        String warc = write("c.warc", new WebFixtures.Warc(false)
            .html(A, html, Charset.forName("ISO-8859-1"), "text/html; charset=ISO-8859-1").bytes());
        Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
        assertEquals("", r.err());
        assertTrue(rows(r).get(0).get("text").startsWith("Señora Núñez"), r.out());
    }

    @Test
    void damagedGzipRecordIsOneWarningAndTheRestIsRead() throws IOException {
        byte[] before = new WebFixtures.Warc(true).html(A, WebFixtures.page("")).bytes();
        byte[] damaged = new WebFixtures.Warc(true).html("https://news.example/damaged", WebFixtures.page("")).bytes();
        for (int i = 20; i < damaged.length - 20; i++) {
            damaged[i] ^= 0x5a; // the member's deflate stream is garbage; its header still says gzip
        }
        byte[] after = new WebFixtures.Warc(true).html(B, WebFixtures.page("")).bytes();
        String warc = write("d.warc.gz", WebFixtures.concat(WebFixtures.concat(before, damaged), after));
        Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(A, B), ids(r));
        assertEquals(1, lines(r.err()).size(), r.err());
        assertTrue(r.err().startsWith("textlens: warning: " + warc + "@" + before.length + ": damaged WARC record ("), r.err());
        assertTrue(r.err().endsWith("; skipped to the next record\n"), r.err());
    }

    @Test
    void damagedPlainRecordIsOneWarningAndTheRestIsRead() throws IOException {
        byte[] before = new WebFixtures.Warc(false).html(A, WebFixtures.page("")).bytes();
        byte[] damaged = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nnothing\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] after = new WebFixtures.Warc(false).html(B, WebFixtures.page("")).bytes();
        String warc = write("d.warc", WebFixtures.concat(WebFixtures.concat(before, damaged), after));
        Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
        assertEquals(List.of(A, B), ids(r), r.toString());
        assertEquals(1, lines(r.err()).size(), r.err());
        assertTrue(r.err().contains("damaged WARC record"), r.err());
    }

    @Test
    void truncatedGzipMemberIsOneWarningAndTheRecordsBeforeItAreKept() throws IOException {
        byte[] whole = crawl(true).bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length - 200); // the last record's member loses its end
        String warc = write("cut.warc.gz", cut);
        Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(A), ids(r));
        assertEquals(2, lines(r.err()).size(), r.err());
        assertTrue(lines(r.err()).get(0).startsWith("textlens: warning: " + warc + "@" + lastMember(whole) + ": damaged WARC record ("), r.err());
        assertTrue(lines(r.err()).get(1).contains("skipped 1 image/png responses"), r.err());
    }

    /** Where the last gzip member of a file starts. */
    private static int lastMember(byte[] b) {
        for (int i = b.length - 3; i >= 0; i--) {
            if (b[i] == 0x1f && b[i + 1] == (byte) 0x8b && b[i + 2] == 0x08) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void fiftyMegabytePageIsOneWarningAndTheNextRecordIsRead() throws IOException {
        byte[] big = ("<html><body><p>" + "All work and no play makes a very long page. ".repeat(1_200_000)).getBytes(StandardCharsets.US_ASCII);
        String warc = write("big.warc", new WebFixtures.Warc(false).html("https://news.example/big", new String(big, StandardCharsets.US_ASCII))
            .html(B, WebFixtures.page("")).bytes());
        Cli.Result r = Cli.run("extract", "--input-format", "warc", warc);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(B), ids(r));
        assertEquals(List.of("textlens: warning: " + warc + "@0 https://news.example/big: page larger than 16 MiB skipped (not read as an article)"),
            lines(r.err()));
    }

    @Test
    void anyThreadCountGivesTheSameOutputAndWarningsInOrder() throws IOException {
        WebFixtures.Warc w = new WebFixtures.Warc(true);
        for (int i = 0; i < 40; i++) {
            String url = "https://news.example/story-" + i;
            if (i % 7 == 3) {
                w.html(url, "<html><body><a href=\"/\">Home</a></body></html>"); // no article: a warning in its place
            } else {
                w.html(url, WebFixtures.page("", WebFixtures.BODY.replace("county", "county number " + i)));
            }
        }
        String warc = write("many.warc.gz", w.bytes());
        Cli.Result one = Cli.run("extract", "--threads", "1", "--input-format", "warc", warc);
        Cli.Result three = Cli.run("extract", "--threads", "3", "--input-format", "warc", warc);
        assertEquals(34, rows(one).size());
        assertEquals(6, lines(one.err()).size(), one.err());
        assertEquals(one.out(), three.out());
        assertEquals(one.err(), three.err());
    }

    @Test
    void warcOnStdin() throws IOException {
        Cli.Result r = Cli.runWithInput(crawl(true).bytes(), "extract", "--input-format", "warc", "-q");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(A, B), ids(r));
        byte[] whole = crawl(true).bytes();
        Cli.Result cut = Cli.runWithInput(Arrays.copyOf(whole, whole.length - 200), "extract", "--input-format", "warc");
        assertEquals(List.of(A), ids(cut));
        assertTrue(lines(cut.err()).get(0).startsWith("textlens: warning: -: damaged WARC record after 6 record(s) ("), cut.err());
    }

    @Test
    void timelineAnchorsToThePageDate() throws IOException {
        String warc = write("t.warc.gz", new WebFixtures.Warc(true).html(A, WebFixtures.page("", "<p>The library board met last Tuesday"
            + " and agreed that the reading room would reopen on Friday, after a winter in which it was closed to save money.</p>")).bytes());
        Cli.Result r = Cli.run("timeline", "--input-format", "warc", warc);
        assertEquals("", r.err());
        CSVRecord tuesday = Tables.row(r.out(), "text", "last Tuesday").orElseThrow();
        assertEquals("2021-05-06", tuesday.get("doc_date"), r.out());
        assertEquals("2021-05-04", tuesday.get("value"), r.out());
    }
}
