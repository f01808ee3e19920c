package org.textlens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * {@code --input-format warc}: a WARC file, gzip (one member per record) or not, read as a stream
 * with jwarc. Each response record holding an HTML page with status 2xx is a web page; its
 * document is named by {@code WARC-Target-URI} and dated by the page, else by {@code WARC-Date}.
 * Request, metadata, revisit and other records are skipped silently; responses that are not HTML
 * pages are counted and reported in one line per file. A damaged record is one warning, and
 * reading goes on at the next record start found in the file (on stdin, which cannot be searched,
 * the rest is lost and the warning says so).
 */
final class WarcReader {
    private final Pages pages;
    private final Diagnostics diagnostics;

    WarcReader(Pages pages, Diagnostics diagnostics) {
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    void read(InputSource source, InputStream stdin, Consumer<Document> sink) throws IOException {
        Skipped skipped = new Skipped();
        if (source.path().isEmpty() || !java.nio.file.Files.isRegularFile(source.path().get())) {
            // stdin, a named pipe or a process substitution: read as a stream, since it cannot seek
            InputStream in = source.path().isEmpty() ? stdin : new java.io.FileInputStream(source.path().get().toFile());
            try {
                Optional<Damage> damage = readFrom(source, Channels.newChannel(in), 0, skipped, sink);
                pages.finish(sink);
                damage.ifPresent(d -> diagnostics.damaged(source.name(), "damaged WARC record after " + d.records() + " record(s) ("
                    + d.why() + "); the rest of the stream cannot be read (give a regular file instead)"));
            } finally {
                if (in != stdin) {
                    in.close();
                }
            }
        } else {
            try (FileChannel file = FileChannel.open(source.path().get(), StandardOpenOption.READ)) {
                readFile(source, file, skipped, sink);
            }
        }
        pages.finish(sink);
        skipped.report(source.name(), diagnostics);
    }

    /**
     * Reads a file from its start; after a damaged record, from the next place a record may start.
     * A stretch of damage is one warning, however many false starts it takes to get past it.
     */
    private void readFile(InputSource source, FileChannel file, Skipped skipped, Consumer<Document> sink) throws IOException {
        long at = 0;
        boolean resumed = false;
        while (at >= 0) {
            file.position(at);
            Optional<Damage> damage = readFrom(source, file, at, skipped, sink);
            if (damage.isEmpty()) {
                return;
            }
            Damage d = damage.get();
            if (resumed && d.records() == 0) {
                at = RecordStarts.next(file, at + 1); // a false start inside the same damage
                continue;
            }
            long damagedAt = d.records() == 0 ? at : RecordStarts.next(file, d.lastStart() + 1);
            damagedAt = damagedAt < 0 ? d.lastStart() : damagedAt;
            pages.finish(sink);
            diagnostics.damaged(source.name() + "@" + damagedAt, "damaged WARC record (" + d.why() + "); skipped to the next record");
            at = RecordStarts.next(file, damagedAt + 1);
            resumed = true;
        }
    }

    /** Where reading stopped on a damaged record: records read before it, the start of the last good one, and why. */
    private record Damage(int records, long lastStart, String why) {
    }

    /** Reads records from {@code channel} (at byte {@code start} of the file) until its end or a damaged record. */
    private Optional<Damage> readFrom(InputSource source, ReadableByteChannel channel, long start, Skipped skipped, Consumer<Document> sink)
        throws IOException {
        org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel);
        long recordStart = start;
        int records = 0;
        while (true) {
            Optional<Pages.Page> page = Optional.empty();
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                recordStart = start + reader.position();
                records++;
                if (next.get() instanceof WarcResponse response) {
                    page = page(source, response, recordStart, skipped);
                }
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                int cut = why.indexOf(": ");
                return Optional.of(new Damage(records, recordStart, why.length() > 80 && cut > 0 ? why.substring(0, cut) : why));
            }
            page.ifPresent(p -> pages.submit(p, sink));
        }
    }

    private Optional<Pages.Page> page(InputSource source, WarcResponse response, long offset, Skipped skipped) throws IOException {
        String url = response.target();
        String where = source.name() + "@" + offset;
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            skipped.count("responses that are not HTTP");
            return Optional.empty();
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() < 200 || http.status() > 299) {
            skipped.count("responses with status " + http.status());
            return Optional.empty();
        }
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            skipped.count(base.isEmpty() ? "responses without a content type" : base + " responses");
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(Pages.MAX_PAGE_BYTES + 1);
        }
        Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
        Optional<LocalDate> crawled = Optional.ofNullable(response.date()).map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate());
        return Optional.of(new Pages.Page(url, where + " " + url, bytes, bytes.length, charset, Optional.of(url), crawled));
    }

    /** Responses skipped for what they hold, counted by kind, reported in one line per file. */
    private static final class Skipped {
        private final Map<String, Integer> counts = new TreeMap<>();

        void count(String kind) {
            counts.merge(kind, 1, Integer::sum);
        }

        void report(String where, Diagnostics diagnostics) {
            if (counts.isEmpty()) {
                return;
            }
            StringBuilder s = new StringBuilder();
            counts.forEach((kind, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(kind));
            diagnostics.warn(where, "skipped " + s + " (only HTML pages with status 2xx are read)");
        }
    }
}
