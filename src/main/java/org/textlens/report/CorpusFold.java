package org.textlens.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.textlens.engine.CorpusAnalyzer;
import org.textlens.nlp.AnnotatedDocument;

/**
 * A corpus analyser folded alongside the report's per-document pass: each worker thread adds its
 * documents to its own accumulator, and {@link #result()} merges them, exactly as
 * {@code Runner.fold} does, so the figures equal the subcommand's.
 */
final class CorpusFold<A> {
    private final CorpusAnalyzer<A, ?> analyzer;
    private final List<Slot<A>> slots = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Slot<A>> local;

    private static final class Slot<A> {
        A acc;

        Slot(A acc) {
            this.acc = acc;
        }
    }

    CorpusFold(CorpusAnalyzer<A, ?> analyzer) {
        this.analyzer = analyzer;
        this.local = ThreadLocal.withInitial(() -> {
            Slot<A> s = new Slot<>(analyzer.empty());
            slots.add(s);
            return s;
        });
    }

    /** Adds a document on the calling thread's accumulator. */
    void add(AnnotatedDocument doc) {
        Slot<A> s = local.get();
        s.acc = analyzer.add(s.acc, doc);
    }

    /** Every thread's accumulator merged; call once the pass is over. */
    A result() {
        A result = analyzer.empty();
        synchronized (slots) {
            for (Slot<A> s : slots) {
                result = analyzer.merge(result, s.acc);
            }
        }
        return result;
    }
}
