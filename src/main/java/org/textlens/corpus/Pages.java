package org.textlens.corpus;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.textlens.web.Article;
import org.textlens.web.ArticleExtractor;

/**
 * Turns fetched web pages into article documents, telling the user in one line when a page is
 * too large, its charset is unknown or broken, or it holds no article. With more than one thread,
 * pages are extracted on workers while the reader goes on reading; documents and warnings still
 * come out in input order, and only a few pages per thread are in flight, so memory stays bounded.
 */
final class Pages {
    /** Pages above this are not parsed: they are not articles, and parsing them would take the memory of many. */
    static final int MAX_PAGE_BYTES = 16 << 20;
    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** A page to extract. {@code where} names it in warnings; {@code length} bytes of {@code bytes} are the page. */
    record Page(String id, String where, byte[] bytes, int length, Optional<String> httpCharset, Optional<String> url,
                Optional<LocalDate> fallbackDate) {
    }

    /** What one page gave: its document, if any, and what to tell the user about it. */
    private record Extracted(Optional<Document> doc, List<Consumer<Diagnostics>> notes) {
    }

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final InputSettings settings;
    private final Diagnostics diagnostics;
    private final int threads;
    private final ArrayDeque<Future<Extracted>> inFlight = new ArrayDeque<>();
    private ThreadPoolExecutor workers;

    Pages(InputSettings settings, Diagnostics diagnostics, int threads) {
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.threads = Math.max(1, threads);
    }

    /** Extracts {@code page} (now or on a worker) and passes its document, in input order, to {@code sink}. */
    void submit(Page page, Consumer<Document> sink) {
        if (threads == 1 || page.length() > MAX_PAGE_BYTES) {
            inFlight.add(CompletableFuture.completedFuture(extract(page)));
        } else {
            inFlight.add(pool().submit(() -> extract(page)));
        }
        while (inFlight.size() > threads * IN_FLIGHT_PER_THREAD || inFlight.size() > 0 && inFlight.peek().isDone()) {
            deliver(inFlight.poll(), sink);
        }
    }

    /** Waits for every page submitted so far and delivers it; call at the end of each input. */
    void finish(Consumer<Document> sink) {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll(), sink);
        }
    }

    private void deliver(Future<Extracted> future, Consumer<Document> sink) {
        Extracted x;
        try {
            x = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting pages", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        x.notes().forEach(note -> note.accept(diagnostics));
        x.doc().ifPresent(sink);
    }

    private synchronized ThreadPoolExecutor pool() {
        if (workers == null) {
            workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "textlens-pages");
                t.setDaemon(true);
                return t;
            });
            workers.allowCoreThreadTimeOut(true); // idle workers end: nothing to shut down
        }
        return workers;
    }

    private Extracted extract(Page page) {
        List<Consumer<Diagnostics>> notes = new ArrayList<>();
        String where = page.where();
        if (page.length() > MAX_PAGE_BYTES) {
            notes.add(d -> d.warn(where, "page larger than " + (MAX_PAGE_BYTES >> 20) + " MiB skipped (not read as an article)"));
            return new Extracted(Optional.empty(), notes);
        }
        PageCharset.Decoded decoded = PageCharset.decode(page.bytes(), page.length(), page.httpCharset(), settings.charset());
        String charset = decoded.charset().name();
        decoded.problem().ifPresent(p -> notes.add(d -> d.warn(where, p + "; decoded as " + charset)));
        long damaged = decoded.damage().count();
        long first = decoded.damage().firstOffset();
        if (damaged > 0) {
            notes.add(d -> d.malformedBytes(where, charset, damaged, first));
        }
        Optional<Article> article = extractor.extract(decoded.html(), page.url());
        if (article.isEmpty()) {
            notes.add(d -> d.warn(where, "no article found (an index, error or empty page?); skipped"));
            return new Extracted(Optional.empty(), notes);
        }
        Article a = article.get();
        Optional<LocalDate> date = a.date().or(page::fallbackDate).or(settings::defaultDate);
        return new Extracted(Optional.of(new Document(page.id(), a.text(), date, a.meta())), notes);
    }
}
