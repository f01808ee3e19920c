package org.textlens.spill;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per term (how many documents hold it, say) within a memory budget. While the table fits
 * it stays a hash map; past the budget it is written out as a run sorted by term and started
 * afresh. At the end the runs are merged into one sorted file with a sparse index in memory, and
 * {@link #count} looks a term up there. Not thread-safe.
 */
public final class TermCounter implements AutoCloseable {
    private static final int ENTRY_BYTES = 64;

    private final long budget;
    private Map<String, int[]> table = new HashMap<>();
    private long held;
    private final List<SpillFile> runs = new ArrayList<>();
    private SortedTerms merged;

    public TermCounter(long budget) {
        this.budget = budget;
    }

    public void add(String term) {
        int[] c = table.get(term);
        if (c == null) {
            table.put(term, new int[] {1});
            held += MemoryBudget.of(term) + ENTRY_BYTES;
            if (held > budget) {
                spill();
            }
        } else {
            c[0]++;
        }
    }

    /** Whether the counts went to disk. */
    public boolean spilled() {
        return !runs.isEmpty();
    }

    /** Ends counting: merges the runs if there are any. */
    public void finish() {
        if (runs.isEmpty()) {
            return;
        }
        spill();
        merged = SortedTerms.merge(runs);
        runs.clear();
    }

    /** The count of {@code term}; 0 for a term never added. Call {@link #finish()} first. */
    public long count(String term) {
        if (merged != null) {
            return merged.count(term);
        }
        int[] c = table.get(term);
        return c == null ? 0 : c[0];
    }

    private void spill() {
        List<String> terms = new ArrayList<>(table.keySet());
        terms.sort(null);
        SpillFile run = new SpillFile("counts");
        try {
            DataOutputStream out = run.out();
            for (String t : terms) {
                SortedTerms.writeEntry(out, t, table.get(t)[0]);
            }
            SortedTerms.endRun(out);
        } catch (IOException e) {
            run.close();
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        table = new HashMap<>();
        held = 0;
    }

    @Override
    public void close() {
        runs.forEach(SpillFile::close);
        if (merged != null) {
            merged.close();
        }
    }

}
