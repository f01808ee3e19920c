package org.textlens.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Web pages and WARC records written for tests: a page is a few paragraphs of our own text in any head and markup. */
final class WebFixtures {
    static final String BODY = "<p>The county library will stay open late on Thursdays from next month, the council said, after a survey found"
        + " that most readers could not reach it before six in the evening.</p>"
        + "<p>Staff will work in two shifts, and the reading room on the first floor will be heated again after a winter in which"
        + " it was closed to save money.</p>";
    static final String FIRST_WORDS = "The county library will stay open late on Thursdays";

    private WebFixtures() {
    }

    /** A page with {@code head} in its head and the two paragraphs in an article, between a menu and a footer. */
    static String page(String head) {
        return page(head, BODY);
    }

    static String page(String head, String article) {
        return "<!DOCTYPE html><html><head><title>Library hours</title>" + head + "</head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><h1>Library to open late</h1>" + article + "</article>"
            + "<footer><a href=\"/about\">About us</a> <a href=\"/jobs\">Jobs</a></footer></body></html>";
    }

    /** A WARC under construction: records appended one after another, each its own gzip member when asked. */
    static final class Warc {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final boolean gzip;
        private int records;

        Warc(boolean gzip) {
            this.gzip = gzip;
        }

        Warc response(String url, String contentType, int status, byte[] body) throws IOException {
            byte[] http = concat(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
            return record("response", url, "application/http; msgtype=response", http);
        }

        Warc html(String url, String html) throws IOException {
            return response(url, "text/html; charset=utf-8", 200, html.getBytes(StandardCharsets.UTF_8));
        }

        Warc html(String url, String html, Charset charset, String contentType) throws IOException {
            return response(url, contentType, 200, html.getBytes(charset));
        }

        Warc record(String type, String url, String contentType, byte[] block) throws IOException {
            records++;
            String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2020-02-03T04:05:06Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", records) + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
            raw(concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            return this;
        }

        /** Appends bytes as they are (gzipped as one member when the file is gzip). */
        Warc raw(byte[] bytes) throws IOException {
            out.write(gzip ? gzip(bytes) : bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Writes {@code bytes} to {@code dir/name} and gives its path as text. */
    static String write(java.nio.file.Path dir, String name, byte[] bytes) throws IOException {
        java.nio.file.Path p = dir.resolve(name);
        java.nio.file.Files.write(p, bytes);
        return p.toString();
    }

    /** The lines printed on stderr. */
    static java.util.List<String> lines(String err) {
        return err.isEmpty() ? java.util.List.of() : java.util.Arrays.asList(err.split("\n"));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes);
        }
        return b.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
