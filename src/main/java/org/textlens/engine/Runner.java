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
import org.textlens.corpus.TextParts;
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

        /**
         * {@link #forEach(Consumer)}, where a long plain text may arrive in parts instead (see
         * {@link TextParts}); a feed that cannot stream parts delivers whole documents.
         */
        default void forEach(Consumer<Document> sink, TextParts parts) {
            forEach(sink);
        }
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** A document at least this long is cut into pieces for an analysis that {@link CorpusAnalyzer#addsPieces adds pieces}. */
    private static final int PIECE_CHARS = 1 << 20;
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
            Worker<A> w = new Worker<>(annotator, analyzer.empty());
            if (analyzer.addsPieces()) {
                inPieces(feed).accept(item -> w.add(analyzer, item));
            } else {
                feed.forEach(doc -> w.acc = analyzer.add(w.acc, annotator.annotate(doc)));
            }
            return w.acc;
        }
        List<Worker<A>> workers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Worker<A>> local = ThreadLocal.withInitial(() -> {
            Worker<A> w = new Worker<>(request.newAnnotator(), analyzer.empty());
            workers.add(w);
            return w;
        });
        Consumer<Consumer<Item>> items = analyzer.addsPieces() ? inPieces(feed) : sink -> feed.forEach(d -> sink.accept(new Whole(d)));
        runOrdered(items, item -> {
            local.get().add(analyzer, item);
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
        runOrdered(sink -> feed.forEach(d -> sink.accept(new Whole(d))),
            item -> analyzer.analyze(annotators.get().annotate(item.doc())).collect(Collectors.toList()), out);
    }

    /** What a worker is handed: a document, or a piece of a long one. */
    private sealed interface Item permits Whole, Piece {
        Document doc();
    }

    private record Whole(Document doc) implements Item {
    }

    /**
     * A piece of the long document numbered {@code document}; {@code continuation} for every piece
     * but the first, which starts the document.
     */
    private record Piece(Document doc, long document, boolean continuation) implements Item {
    }

    /**
     * The documents of {@code feed}, each long one cut into pieces at paragraph ends; a long plain
     * text streams in as parts and is cut as it arrives, so that it is never held whole.
     */
    private static Consumer<Consumer<Item>> inPieces(Feed feed) {
        long[] numbered = {0};
        return sink -> {
            PieceCutter parts = new PieceCutter(sink, numbered);
            feed.forEach(doc -> parts.whole(doc), parts);
            parts.end();
        };
    }

    /**
     * Cuts documents, whole or arriving in parts, into pieces at paragraph ends. A part is sent on
     * up to its last paragraph end that any text may follow; what comes after waits for the next.
     */
    private static final class PieceCutter implements TextParts {
        private final Consumer<Item> sink;
        private final long[] numbered;
        private Document current;    // the document whose parts are arriving, or null
        private final StringBuilder held = new StringBuilder(); // its text not sent yet
        private long document;       // its number, once a piece of it went out
        private boolean cut;         // whether a piece of it went out

        PieceCutter(Consumer<Item> sink, long[] numbered) {
            this.sink = sink;
            this.numbered = numbered;
        }

        void whole(Document doc) {
            String text = doc.text();
            int[] bounds = text.length() >= 2 * PIECE_CHARS ? Annotator.pieces(text, PIECE_CHARS) : null;
            if (bounds == null || bounds.length <= 2) {
                sink.accept(new Whole(doc));
                return;
            }
            long number = ++numbered[0];
            for (int i = 0; i + 1 < bounds.length; i++) {
                sink.accept(new Piece(withText(doc, text.substring(bounds[i], bounds[i + 1])), number, i > 0));
            }
        }

        @Override
        public void part(Document part, boolean first, boolean last) {
            if (first) {
                end();
                if (last) {
                    whole(part);
                    return;
                }
                current = part;
                cut = false;
            }
            CharSequence text = part.text();
            int from = held.length(); // the text held back had no cut
            if (from > 0) {
                text = held.append(text);
            }
            int at = last ? -1 : Annotator.lastPieceEnd(text, from, cut);
            if (at > 0) {
                String piece = text.subSequence(0, at).toString();
                String rest = text.subSequence(at, text.length()).toString();
                held.setLength(0);
                held.append(rest);
                send(piece);
            } else if (from == 0) {
                held.append(text);
            }
            if (last) {
                end();
            }
        }

        private void send(String text) {
            if (!cut) {
                document = ++numbered[0];
            }
            sink.accept(new Piece(withText(current, text), document, cut));
            cut = true;
        }

        /** Finishes the document whose parts were arriving (also one cut short by a read error). */
        void end() {
            if (current == null) {
                return;
            }
            String rest = held.toString();
            held.setLength(0);
            if (!cut) {
                whole(withText(current, rest));
            } else if (!rest.isEmpty()) {
                send(rest);
            }
            current = null;
        }

        private static Document withText(Document doc, String text) {
            return new Document(doc.id(), text, doc.date(), doc.meta(), doc.origin());
        }
    }

    private interface Task<R> {
        List<R> run(Item item);
    }

    /**
     * Documents travel to the workers in batches (up to {@value #BATCH_DOCUMENTS} documents or
     * {@value #BATCH_CHARS} characters), so a corpus of many short documents does not pay a
     * thread hand-over per document.
     */
    private <R> void runOrdered(Consumer<Consumer<Item>> feed, Task<R> task, Consumer<R> out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "textlens-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
        List<Item> batch = new ArrayList<>();
        long[] batchChars = {0};
        try {
            feed.accept(item -> {
                batch.add(item);
                batchChars[0] += item.doc().text().length();
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

    private <R> void submit(ExecutorService pool, Task<R> task, List<Item> items, Deque<Future<List<R>>> inFlight, Consumer<R> out) {
        inFlight.addLast(pool.submit(() -> {
            List<R> results = new ArrayList<>();
            for (Item item : items) {
                results.addAll(task.run(item));
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

        void add(CorpusAnalyzer<A, ?> analyzer, Item item) {
            if (item instanceof Piece p) {
                acc = analyzer.addPiece(acc, p.continuation() ? annotator.annotatePiece(p.doc()) : annotator.annotate(p.doc()), p.document());
            } else {
                acc = analyzer.add(acc, annotator.annotate(item.doc()));
            }
        }
    }
}
