package org.textlens.freq;

import java.util.concurrent.atomic.AtomicInteger;
import org.textlens.spill.MemoryBudget;

/**
 * How many word forms each worker's cache may hold. The caches of all the workers of one analyser
 * share {@link MemoryBudget#cacheBytes()}, so that a corpus whose vocabulary keeps growing (random
 * words, names, typos) cannot fill the heap with forms; a cache that reaches its share is emptied
 * and fills again with the forms in use. Never more than 2 million forms a cache, never fewer than
 * 1,024.
 */
final class FormCacheBudget {
    /** A rough size of one cached form: its slot, the form, its term and the term's text. */
    static final int ENTRY_BYTES = 192;
    private static final int MAX_ENTRIES = 1 << 21;
    private static final int MIN_ENTRIES = 1 << 10;

    private final long bytes;
    private final AtomicInteger caches = new AtomicInteger();

    FormCacheBudget(long bytes) {
        this.bytes = bytes;
    }

    /** The budget that follows the heap. */
    static FormCacheBudget ofHeap() {
        return new FormCacheBudget(MemoryBudget.cacheBytes());
    }

    /** Counts one more cache sharing the budget. */
    void join() {
        caches.incrementAndGet();
    }

    /** The forms one cache may hold now. */
    int entries() {
        long share = bytes / ENTRY_BYTES / Math.max(1, caches.get());
        return (int) Math.max(MIN_ENTRIES, Math.min(MAX_ENTRIES, share));
    }
}
