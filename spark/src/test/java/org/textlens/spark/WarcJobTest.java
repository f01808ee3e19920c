package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Web crawls on Spark: WARC files (plain and gzip) read by the CLI's WARC reader, a file per task
 * at most, with the CLI's damage recovery: a damaged record is one warning in the executor's log,
 * the rest of its file is read, and the driver adds the damage up; the rows are the CLI's.
 */
class WarcJobTest extends SparkHarness {
    private static final String[] TOPICS = {"harbour strike", "flood relief", "budget talks", "vaccine rollout", "election count"};

    /** WARC records, as a crawler writes them, of pages we write ourselves. */
    private static final class Warc {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final boolean gzip;
        private int records;

        Warc(boolean gzip) {
            this.gzip = gzip;
        }

        Warc page(int n) throws IOException {
            String topic = TOPICS[n % TOPICS.length];
            String html = "<!DOCTYPE html><html lang=\"en\"><head><title>The " + topic + " story " + n + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-1" + (n % 10) + "T08:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>The " + topic + " story " + n + "</h1>"
                + "<p>Officials said on Monday that the " + topic + " had become a terrible burden for families across the region, "
                + "and the minister slammed the so-called reform in a statement.</p>"
                + "<p>\"We welcome the wonderful news,\" said Mayor Tom Reyes, who praised the rescue crews for their excellent work "
                + "last week and promised clean water by next year.</p>"
                + "<p>Residents rejected the plan two days ago, warning that the crisis would cost thousands of jobs before March 2025, "
                + "while investors blamed the central bank for higher interest rates.</p></article>"
                + "<footer>Read more. Cookie settings. Subscribe now.</footer></body></html>";
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            byte[] http = concatBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
            records++;
            String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/" + n + "\r\nWARC-Date: 2024-03-20T04:05:06Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", n) + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
            return raw(concatBytes(concatBytes(head.getBytes(StandardCharsets.UTF_8), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        }

        /** A record whose length is no number: the reader cannot go on from it without looking for the next record. */
        Warc damaged() throws IOException {
            return raw("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nnothing\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        Warc raw(byte[] bytes) throws IOException {
            if (gzip) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(b)) {
                    z.write(bytes);
                }
                out.write(b.toByteArray());
            } else {
                out.write(bytes);
            }
            return this;
        }

        void write(Path file) throws IOException {
            Files.write(file, out.toByteArray());
        }
    }

    private static byte[] concatBytes(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private Path crawl() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("crawl"));
        Warc a = new Warc(false);
        for (int n = 0; n < 4; n++) {
            a.page(n);
        }
        a.write(dir.resolve("a.warc"));
        Warc b = new Warc(true);
        for (int n = 4; n < 7; n++) {
            b.page(n);
        }
        b.write(dir.resolve("b.warc.gz"));
        new Warc(false).page(7).page(8).damaged().page(9).page(10).write(dir.resolve("c.warc"));
        return dir;
    }

    @Test
    void aCrawlWithADamagedRecordIsReadAsTheCliReadsIt() throws IOException {
        Path dir = crawl();
        spark.conf().set("spark.textlens.maxSplitBytes", "4k"); // a file per partition
        Run cli = cli("sentiment", "--summary", "--input-format", "warc", dir.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        String place = cli.err().substring("textlens: warning: ".length(), cli.err().indexOf(": damaged WARC record"));
        assertTrue(place.startsWith(dir.resolve("c.warc") + "@"), place);
        String rows = same("csv", new String[] {"sentiment", "--summary", "--input-format", "warc"}, dir.toString());
        assertEquals(11, rows.lines().count() - 1, "every page but the damaged record: " + rows);
        assertTrue(rows.contains("https://news.example/9,") && rows.contains("https://news.example/10,"), "the rest of the file: " + rows);
        Path out = tmp.resolve("timeline");
        Run job = job("timeline", "--all", "--input-format", "warc", "--input", dir.toString(), "--output", out.toString());
        assertEquals(0, job.exit(), job.err());
        assertEquals(cli("timeline", "--all", "--input-format", "warc", dir.toString()).out(), parts(out));
        assertEquals("textlens: warning: input: 1 damaged record(s) skipped, the rest of each file read: " + place
            + " (the executors' logs say what was wrong with each)\n", job.err());
        String metadata = Files.readString(out.resolve("_textlens.json"));
        assertTrue(metadata.contains("\"damaged_records\" : 1") && metadata.contains(place), metadata);
    }

    @Test
    void theReportOfACrawl() throws IOException {
        Path dir = crawl();
        Path cliData = tmp.resolve("cli-figures");
        Run cli = cli("report", "--input-format", "warc", "--write-data", cliData.toString(), dir.toString());
        assertEquals(0, cli.exit(), cli.err());
        Path out = tmp.resolve("figures");
        Run job = job("report", "--input-format", "warc", "--input", dir.toString(), "--output", out.toString());
        assertEquals(0, job.exit(), job.err());
        assertEquals(ReportJobTest.figures(cliData), ReportJobTest.figures(out));
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("\ndocuments,11\n"));
    }
}
