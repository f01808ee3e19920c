package org.textlens.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.textlens.corpus.Document;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Annotator;

/**
 * Runs analysers over a stream of documents on {@code threads} worker threads. Each worker owns
 * its annotator (OpenNLP's ME classes are not thread-safe) and, for a fold, its accumulator. At
 * most a few batches of documents per thread are in flight, so memory does not grow with the corpus, and
 * per-document results are emitted in input order whatever the thread count.
 */
public final class Runner {
    /** A source of documents, such as {@code CorpusReader::read} bound to its inputs. */
    public interface Feed {
        void forEach(Consumer<Document> sink);
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;
    private static final int BATCH_DOCUMENTS = 64;
    private static final int BATCH_CHARS = 1 << 18;

    private final int threads;
    private final AnnotationRequest request;

    public Runner(int threads, AnnotationRequest request) {
        this.threads = Math.max(1, threads);
        this.request = request;
    }

    /** Folds every document into one accumulator and returns it. */
    public <A> A fold(Feed feed, CorpusAnalyzer<A, ?> analyzer) {
        if (threads == 1) {
            Annotator annotator = request.newAnnotator();
            List<A> acc = new ArrayList<>(List.of(analyzer.empty()));
            feed.forEach(doc -> acc.set(0, analyzer.add(acc.get(0), annotator.annotate(doc))));
            return acc.get(0);
        }
        List<Worker<A>> workers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Worker<A>> local = ThreadLocal.withInitial(() -> {
            Worker<A> w = new Worker<>(request.newAnnotator(), analyzer.empty());
            workers.add(w);
            return w;
        });
        runOrdered(feed, doc -> {
            Worker<A> w = local.get();
            w.acc = analyzer.add(w.acc, w.annotator.annotate(doc));
            return List.<Void>of();
        }, ignored -> { });
        A result = analyzer.empty();
        for (Worker<A> w : workers) {
            result = analyzer.merge(result, w.acc);
        }
        return result;
    }

    /** Analyses each document and passes its results to {@code out}, in input order. */
    public <R> void map(Feed feed, DocumentAnalyzer<R> analyzer, Consumer<R> out) {
        if (threads == 1) {
            Annotator annotator = request.newAnnotator();
            feed.forEach(doc -> analyzer.analyze(annotator.annotate(doc)).forEach(out));
            return;
        }
        ThreadLocal<Annotator> annotators = ThreadLocal.withInitial(request::newAnnotator);
        runOrdered(feed, doc -> analyzer.analyze(annotators.get().annotate(doc)).collect(Collectors.toList()), out);
    }

    private interface Task<R> {
        List<R> run(Document doc);
    }

    /**
     * Documents travel to the workers in batches (up to {@value #BATCH_DOCUMENTS} documents or
     * {@value #BATCH_CHARS} characters), so a corpus of many short documents does not pay a
     * thread hand-over per document.
     */
    private <R> void runOrdered(Feed feed, Task<R> task, Consumer<R> out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "textlens-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
        List<Document> batch = new ArrayList<>();
        long[] batchChars = {0};
        try {
            feed.forEach(doc -> {
                batch.add(doc);
                batchChars[0] += doc.text().length();
                if (batch.size() >= BATCH_DOCUMENTS || batchChars[0] >= BATCH_CHARS) {
                    submit(pool, task, List.copyOf(batch), inFlight, out);
                    batch.clear();
                    batchChars[0] = 0;
                }
            });
            if (!batch.isEmpty()) {
                submit(pool, task, List.copyOf(batch), inFlight, out);
            }
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst()).forEach(out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private <R> void submit(ExecutorService pool, Task<R> task, List<Document> docs, Deque<Future<List<R>>> inFlight, Consumer<R> out) {
        inFlight.addLast(pool.submit(() -> {
            List<R> results = new ArrayList<>();
            for (Document doc : docs) {
                results.addAll(task.run(doc));
            }
            return results;
        }));
        if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
            await(inFlight.removeFirst()).forEach(out);
        }
    }

    private static <R> List<R> await(Future<List<R>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static final class Worker<A> {
        final Annotator annotator;
        A acc;

        Worker(Annotator annotator, A acc) {
            this.annotator = annotator;
            this.acc = acc;
        }
    }
}
