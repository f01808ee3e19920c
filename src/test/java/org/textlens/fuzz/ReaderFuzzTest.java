package org.textlens.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus readers given arbitrary bytes on stdin, with --keep-going (every problem must be a
 * one-line report and the run must end) and without it (the first problem ends the run with exit
 * 1). Seeds: {@code src/test/resources/org/textlens/fuzz/ReaderFuzzTestInputs/METHOD/}. In the
 * normal build they run as regression tests; {@code JAZZER_FUZZ=1} (as in .ci/run) fuzzes one
 * target for its bounded time.
 */
class ReaderFuzzTest {
    private static void read(byte[] data, String format, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "freq";
        args[1] = "--threads";
        args[2] = "1";
        args[3] = "--input-format=" + format;
        System.arraycopy(more, 0, args, 4, more.length);
        Fuzzing.run(data, args);
        String[] keepGoing = java.util.Arrays.copyOf(args, args.length + 1);
        keepGoing[args.length] = "--keep-going";
        Fuzzing.run(data, keepGoing);
    }

    @FuzzTest(maxDuration = "15s")
    void jsonl(byte[] data) {
        read(data, "jsonl", "--date-field", "date", "--by-doc");
    }

    @FuzzTest(maxDuration = "15s")
    void csv(byte[] data) {
        read(data, "csv", "--date-field", "date", "--by-doc");
    }

    @FuzzTest(maxDuration = "15s")
    void tsv(byte[] data) {
        read(data, "tsv", "--date-field", "date", "--by-doc");
    }

    @FuzzTest(maxDuration = "15s")
    void timeml(byte[] data) {
        read(data, "timeml");
        Fuzzing.run(data, "timeline", "--threads", "1", "--input-format", "timeml", "--format", "timeml");
    }

    @FuzzTest(maxDuration = "15s")
    void text(byte[] data) {
        read(data, "text");
        read(data, "lines");
    }

    /** The same bytes gzip-compressed, then cut where the first byte says: whole, truncated or damaged. */
    @FuzzTest(maxDuration = "15s")
    void gzip(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(data, 1, data.length - 1);
        }
        byte[] whole = gz.toByteArray();
        int keep = whole.length - (data[0] & 0xFF) % Math.max(1, whole.length / 2);
        byte[] cut = java.util.Arrays.copyOf(whole, Math.max(2, keep));
        if ((data[0] & 1) == 1 && cut.length > 12) {
            cut[cut.length / 2] ^= data[0];
        }
        read(cut, "lines");
        read(cut, "jsonl");
    }
}
