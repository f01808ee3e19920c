package org.textlens.spill;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Runs of (term, count) sorted by term, merged into one sorted file whose counts are added up; a
 * term is found through every 64th term, held in memory, and one read of its block.
 */
final class SortedTerms implements AutoCloseable {
    private static final int BLOCK = 64;

    private record Head(String term, int count, int run) {
    }

    private final SpillFile file;
    private final List<String> firsts;
    private final long[] offsets;
    private final FileChannel channel;
    private int cachedBlock = -1;
    private final List<String> blockTerms = new ArrayList<>(BLOCK);
    private final int[] blockCounts = new int[BLOCK];

    private SortedTerms(SpillFile file, List<String> firsts, long[] offsets) throws IOException {
        this.file = file;
        this.firsts = firsts;
        this.offsets = offsets;
        this.channel = FileChannel.open(file.path());
    }

    /** At most this many runs are read at once; more are merged in rounds. */
    static final int FAN_IN = 64;

    /** Merges runs (each closed here) into one sorted, indexed file. */
    static SortedTerms merge(List<SpillFile> runs) {
        List<SpillFile> pending = new ArrayList<>(runs);
        while (pending.size() > FAN_IN) {
            List<SpillFile> group = new ArrayList<>(pending.subList(0, FAN_IN));
            pending.subList(0, FAN_IN).clear();
            SpillFile round = new SpillFile("terms");
            mergeInto(group, round, new ArrayList<>(), new ArrayList<>());
            pending.add(round);
        }
        SpillFile out = new SpillFile("terms");
        List<String> firsts = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        mergeInto(pending, out, firsts, offsets);
        try {
            return new SortedTerms(out, firsts, offsets.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException e) {
            out.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one run of a term per entry with the counts added up, and notes every 64th term's place. */
    private static void mergeInto(List<SpillFile> runs, SpillFile out, List<String> firsts, List<Long> offsets) {
        List<DataInputStream> ins = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.term.compareTo(b.term));
            for (int i = 0; i < runs.size(); i++) {
                DataInputStream in = runs.get(i).read();
                ins.add(in);
                next(ins.get(i), i, heads);
            }
            DataOutputStream w = out.out();
            long n = 0;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                long total = h.count;
                next(ins.get(h.run), h.run, heads);
                while (!heads.isEmpty() && heads.peek().term.equals(h.term)) {
                    Head same = heads.poll();
                    total += same.count;
                    next(ins.get(same.run), same.run, heads);
                }
                if (n++ % BLOCK == 0) {
                    firsts.add(h.term);
                    offsets.add((long) w.size());
                }
                writeEntry(w, h.term, (int) Math.min(Integer.MAX_VALUE, total));
            }
            offsets.add((long) w.size());
            w.writeBoolean(false);
            out.read().close();
        } catch (IOException e) {
            out.close();
            throw new UncheckedIOException(e);
        } finally {
            runs.forEach(SpillFile::close);
            for (DataInputStream in : ins) {
                try {
                    in.close();
                } catch (IOException e) {
                    // a temporary file being read
                }
            }
        }
    }

    /** A run is a sequence of {@code true, term, count} ended by {@code false}. */
    static void writeEntry(DataOutputStream out, String term, int count) throws IOException {
        out.writeBoolean(true);
        SpillFile.writeString(out, term);
        out.writeInt(count);
    }

    static void endRun(DataOutputStream out) throws IOException {
        out.writeBoolean(false);
    }

    private static void next(DataInputStream in, int run, PriorityQueue<Head> heads) throws IOException {
        if (in.readBoolean()) {
            String term = SpillFile.readString(in);
            heads.add(new Head(term, in.readInt(), run));
        }
    }

    /** The count of {@code term}, 0 if absent. */
    long count(String term) {
        int block = Collections.binarySearch(firsts, term);
        if (block < 0) {
            block = -block - 2;
        }
        if (block < 0) {
            return 0;
        }
        load(block);
        int i = Collections.binarySearch(blockTerms, term);
        return i >= 0 ? blockCounts[i] : 0;
    }

    private void load(int block) {
        if (block == cachedBlock) {
            return;
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate((int) (offsets[block + 1] - offsets[block]));
            long at = offsets[block];
            while (buf.hasRemaining()) {
                int n = channel.read(buf, at + buf.position());
                if (n < 0) {
                    throw new IOException("spill file ended early");
                }
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf.array()));
            blockTerms.clear();
            while (in.available() > 0 && in.readBoolean()) {
                blockTerms.add(SpillFile.readString(in));
                blockCounts[blockTerms.size() - 1] = in.readInt();
            }
            cachedBlock = block;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // a read-only temporary file
        }
        file.close();
    }
}
