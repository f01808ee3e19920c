package org.textlens.spill;

/**
 * How many bytes a structure that grows with the corpus may hold before it spills to disk, so that the documents in flight, the analysers' own tables and the
 * collector's headroom fit beside it: a third of the heap. The system property {@code textlens.memory.budget} (bytes)
 * overrides it, so tests can force the disk path on small inputs.
 */
public final class MemoryBudget {
    private MemoryBudget() {
    }

    public static long bytes() {
        Long forced = Long.getLong("textlens.memory.budget");
        return forced != null ? forced : Runtime.getRuntime().maxMemory() / 3;
    }

    /** A rough size of a String held in a map: object, array header and bytes (Latin-1 or UTF-16). */
    public static long of(String s) {
        return 56 + (long) s.length() * 2;
    }
}
