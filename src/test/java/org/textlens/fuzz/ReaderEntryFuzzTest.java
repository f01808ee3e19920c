package org.textlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.textlens.corpus.CorpusReader;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.corpus.InputFormat;
import org.textlens.corpus.InputSettings;
import org.textlens.corpus.InputSource;

/**
 * The corpus readers called directly ({@link CorpusReader} on stdin bytes), without the command
 * line around them, so that the fuzzer runs thousands of inputs a second rather than hundreds.
 * Each input is read with {@code --keep-going} (nothing may escape: every problem is a reported
 * skip) and without it (only an {@link InputException}, the one-line error, may escape), and every
 * document must have an id and a text. Where one target serves several formats, the first byte
 * picks the format, so the fuzzer learns each format's paths. The whole-CLI targets
 * ({@link ReaderFuzzTest}) keep replaying their seeds in the normal build.
 */
class ReaderEntryFuzzTest {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    static void read(byte[] data, InputFormat format) {
        for (boolean keepGoing : new boolean[] {true, false}) {
            InputSettings settings = new InputSettings(format, StandardCharsets.UTF_8, "id", "text", "date", Optional.empty(), Optional.empty());
            CorpusReader reader = new CorpusReader(settings, new Diagnostics(NOWHERE, Diagnostics.Verbosity.QUIET, keepGoing),
                new ByteArrayInputStream(data));
            try {
                reader.read(List.of(InputSource.stdin()), ReaderEntryFuzzTest::check);
            } catch (InputException e) {
                if (keepGoing) {
                    fail(format + " with --keep-going let an input error escape: " + e.describe(), e);
                }
                if (e.describe().contains("\n")) {
                    fail(format + ": an error of more than one line: " + e.describe());
                }
            }
        }
    }

    private static void check(Document doc) {
        assertNotNull(doc.id());
        assertNotNull(doc.text());
        assertNotNull(doc.meta());
    }

    /** The first byte picks one of these. */
    private static InputFormat pick(byte selector, InputFormat... formats) {
        return formats[(selector & 0xFF) % formats.length];
    }

    private static byte[] rest(byte[] data) {
        return Arrays.copyOfRange(data, 1, data.length);
    }

    @FuzzTest(maxDuration = "12s")
    void records(byte[] data) {
        if (data.length > 0) {
            read(rest(data), pick(data[0], InputFormat.JSONL, InputFormat.CSV, InputFormat.TSV, InputFormat.LINES));
        }
    }

    @FuzzTest(maxDuration = "12s")
    void text(byte[] data) {
        read(data, InputFormat.TEXT);
    }

    @FuzzTest(maxDuration = "12s")
    void timeml(byte[] data) {
        read(data, InputFormat.TIMEML);
    }

    @FuzzTest(maxDuration = "12s")
    void web(byte[] data) {
        if (data.length > 0) {
            read(rest(data), pick(data[0], InputFormat.HTML, InputFormat.FEED, InputFormat.WARC));
        }
    }

    /** The rest gzip-compressed, then kept whole, cut short or damaged as the first byte says, read as lines or JSONL. */
    @FuzzTest(maxDuration = "12s")
    void gzip(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(data, 1, data.length - 1);
        }
        byte[] whole = gz.toByteArray();
        int keep = whole.length - (data[0] & 0x7F) % Math.max(1, whole.length / 2);
        byte[] cut = Arrays.copyOf(whole, Math.max(2, keep));
        if ((data[0] & 1) == 1 && cut.length > 12) {
            cut[cut.length / 2] ^= data[0];
        }
        read(cut, (data[0] & 0x80) != 0 ? InputFormat.JSONL : InputFormat.LINES);
    }
}
