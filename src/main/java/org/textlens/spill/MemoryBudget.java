package org.textlens.spill;

/**
 * How many bytes a structure that grows with the corpus may hold before it spills to disk, so that
 * the documents in flight, the analysers' own tables and the collector's headroom fit beside it: a
 * third of the heap, and never more than 96 MiB, so that the process stays well under 512 MB of
 * resident memory on the JVM's default heap (a quarter of the machine's memory) whatever the corpus
 * size. Past that the structure spills; a larger budget would only save merge work. The system
 * property {@code textlens.memory.budget} (bytes) sets it instead, so tests can force the disk path
 * on small inputs and a user with memory to spare can raise it.
 */
public final class MemoryBudget {
    static final long CAP = 96L << 20;
    static final long CACHE_CAP = 32L << 20;

    private MemoryBudget() {
    }

    public static long bytes() {
        Long forced = forced();
        return forced != null ? forced : Math.min(CAP, Runtime.getRuntime().maxMemory() / 3);
    }

    /**
     * How many bytes caches that only save work (the word forms each worker has normalised) may
     * hold together: an eighth of the heap and at most 32 MiB, or {@code textlens.memory.budget}
     * when it is set. Emptying a cache changes no result.
     */
    public static long cacheBytes() {
        Long forced = forced();
        return forced != null ? forced : Math.min(CACHE_CAP, Runtime.getRuntime().maxMemory() / 8);
    }

    private static Long forced() {
        return Long.getLong("textlens.memory.budget");
    }

    /** A rough size of a String held in a map: object, array header and bytes (Latin-1 or UTF-16). */
    public static long of(String s) {
        return 56 + (long) s.length() * 2;
    }
}
