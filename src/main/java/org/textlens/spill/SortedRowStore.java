package org.textlens.spill;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.textlens.output.Row;
import org.textlens.output.RowCodec;

/**
 * Output rows to be written in an order known only at the end (the sorted timeline), held within
 * a memory budget: each row comes with a sort key of two longs and an int; past the budget the rows
 * held are sorted and written to disk as a run, and the end merges the runs. Rows with equal keys
 * keep the order they came in, so the result is the same whether or not anything was spilled. Not
 * thread-safe: add from one thread.
 */
public final class SortedRowStore implements AutoCloseable {
    private record Keyed(long first, long second, int third, long seq, Row row) {
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparingLong(Keyed::first).thenComparingLong(Keyed::second)
        .thenComparingInt(Keyed::third).thenComparingLong(Keyed::seq);

    private final long budget;
    private List<Keyed> held = new ArrayList<>();
    private long heldBytes;
    private long seq;
    private final List<SpillFile> runs = new ArrayList<>();

    public SortedRowStore(long budget) {
        this.budget = budget;
    }

    public void add(long first, long second, int third, Row row) {
        held.add(new Keyed(first, second, third, seq++, row));
        heldBytes += 64 + RowCodec.size(row);
        if (heldBytes > budget) {
            spill();
        }
    }

    /** Whether rows went to disk. */
    public boolean spilled() {
        return !runs.isEmpty();
    }

    /** Hands every row to {@code sink} in key order. */
    public void drain(Consumer<Row> sink) {
        Keyed[] last = sorted();
        if (runs.isEmpty()) {
            for (Keyed k : last) {
                sink.accept(k.row());
            }
            return;
        }
        write(last);
        while (runs.size() > SortedTerms.FAN_IN) {
            List<SpillFile> group = new ArrayList<>(runs.subList(0, SortedTerms.FAN_IN));
            runs.subList(0, SortedTerms.FAN_IN).clear();
            SpillFile merged = new SpillFile("rows");
            try {
                DataOutputStream out = merged.out();
                merge(group, k -> writeKeyed(out, k));
                out.writeBoolean(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runs.add(merged);
        }
        List<SpillFile> all = new ArrayList<>(runs);
        runs.clear();
        merge(all, k -> sink.accept(k.row()));
    }

    private Keyed[] sorted() {
        Keyed[] a = held.toArray(Keyed[]::new);
        held = new ArrayList<>();
        heldBytes = 0;
        Arrays.parallelSort(a, ORDER);
        return a;
    }

    private void spill() {
        write(sorted());
    }

    private void write(Keyed[] sorted) {
        SpillFile run = new SpillFile("rows");
        try {
            DataOutputStream out = run.out();
            for (Keyed k : sorted) {
                writeKeyed(out, k);
            }
            out.writeBoolean(false);
        } catch (IOException e) {
            run.close();
            throw new UncheckedIOException(e);
        }
        runs.add(run);
    }

    private static void writeKeyed(DataOutputStream out, Keyed k) {
        try {
            out.writeBoolean(true);
            out.writeLong(k.first());
            out.writeLong(k.second());
            out.writeInt(k.third());
            out.writeLong(k.seq());
            RowCodec.write(out, k.row());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Keyed readKeyed(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new Keyed(in.readLong(), in.readLong(), in.readInt(), in.readLong(), RowCodec.read(in));
    }

    private record Head(Keyed keyed, int run) {
    }

    /** Merges sorted runs (closed here) into {@code sink}, in key order. */
    private static void merge(List<SpillFile> group, Consumer<Keyed> sink) {
        List<DataInputStream> ins = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.keyed, b.keyed));
            for (int i = 0; i < group.size(); i++) {
                DataInputStream in = group.get(i).read();
                ins.add(in);
                Keyed k = readKeyed(in);
                if (k != null) {
                    heads.add(new Head(k, i));
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                sink.accept(h.keyed);
                Keyed next = readKeyed(ins.get(h.run));
                if (next != null) {
                    heads.add(new Head(next, h.run));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (DataInputStream in : ins) {
                try {
                    in.close();
                } catch (IOException e) {
                    // a temporary file being read
                }
            }
            group.forEach(SpillFile::close);
        }
    }

    @Override
    public void close() {
        runs.forEach(SpillFile::close);
        runs.clear();
    }
}
