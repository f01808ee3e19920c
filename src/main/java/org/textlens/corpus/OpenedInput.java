package org.textlens.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * An input opened for reading: gzip is undone when the bytes say so, a byte-order mark chooses
 * UTF-8, UTF-16 or UTF-32 whatever {@code --encoding} says (it is unambiguous), binary files are
 * recognised by a NUL byte in their first 8 KiB (as grep does), and text is decoded with malformed
 * sequences replaced and counted.
 */
final class OpenedInput implements AutoCloseable {
    static final int SNIFF_BYTES = 8192;

    private final InputSource source;
    private final BufferedInputStream in;
    private Charset charset;
    private Optional<String> binary = Optional.empty();
    private final Optional<CountingStream> decompressed;
    private final Damage damage = new Damage();

    private OpenedInput(InputSource source, BufferedInputStream in, Charset charset, Optional<CountingStream> decompressed) {
        this.source = source;
        this.in = in;
        this.charset = charset;
        this.decompressed = decompressed;
    }

    static OpenedInput open(InputSource source, Charset charset, InputStream stdin) throws IOException {
        // FileInputStream, not Files.newInputStream: the latter's channel seeks, which a named pipe
        // or a process substitution (/dev/fd/63) refuses with "Illegal seek".
        InputStream raw = source.path().isPresent() ? new FileInputStream(source.path().get().toFile()) : new NonClosingStream(stdin);
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        CountingStream decompressed = null;
        if (isGzip(in)) {
            decompressed = new CountingStream(new GZIPInputStream(in, 1 << 16));
            in = new BufferedInputStream(decompressed, 1 << 16);
        }
        return new OpenedInput(source, in, charset, Optional.ofNullable(decompressed));
    }

    /**
     * Reads the first bytes (after decompression) for a byte-order mark, which picks the encoding,
     * and for NUL bytes, which mark a binary file. Separate from {@link #open} so that a compressed
     * input cut within its first bytes is already known to be compressed when the cut is found.
     */
    void sniff() throws IOException {
        charset = ByteOrderMark.charset(in).orElse(charset);
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        binary = wide ? Optional.empty() : Nul.sniff(in, SNIFF_BYTES);
    }

    /** Why the input is not text (NUL bytes), with a hint at --encoding where it looks like UTF-16 or UTF-32; empty for text. */
    Optional<String> binary() {
        return binary;
    }

    /** Whether the input was gzip-compressed. */
    boolean compressed() {
        return decompressed.isPresent();
    }

    /** Bytes of the input delivered so far (after decompression). */
    long bytesRead() {
        return decompressed.map(CountingStream::count).orElse(-1L);
    }

    private boolean utf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** The decoded characters, for parsers that want a Reader (CSV). */
    Reader reader() {
        return new ReportingReader(in, charset, damage);
    }

    LineReader lines() {
        if (utf8()) {
            return new Utf8LineReader(in, damage);
        }
        BufferedReader lines = new BufferedReader(reader(), 1 << 16);
        return lines::readLine;
    }

    /**
     * The input's bytes, at most {@code limit} of them: a longer input gives {@code limit + 1}
     * bytes, so that the caller can tell it was cut.
     */
    byte[] readBytes(int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }

    /** The whole input as one string. */
    String readAll() throws IOException {
        if (utf8()) {
            byte[] bytes = in.readAllBytes();
            int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            return Utf8LineReader.decodeChecked(bytes, bom, bytes.length - bom, bom, damage);
        }
        StringBuilder text = new StringBuilder(8192);
        char[] buf = new char[1 << 15];
        try (Reader r = reader()) {
            for (int n; (n = r.read(buf)) >= 0; ) {
                text.append(buf, 0, n);
            }
        }
        return text.toString();
    }

    /** Receives the parts of a text read by {@link #readInParts}. */
    interface PartSink {
        void part(String text, boolean last);
    }

    /**
     * The whole input as text in consecutive parts of about {@code size} bytes, each cut after a
     * line break (or, in a line longer than a part, before a character), decoded exactly as
     * {@link #readAll} decodes the whole: a long text is never held whole. The last part (perhaps
     * empty) comes with {@code last}; an input of at most one part is that one part. Returns false,
     * having read nothing, for an encoding other than UTF-8.
     */
    boolean readInParts(int size, PartSink sink) throws IOException {
        if (!utf8()) {
            return false;
        }
        byte[] buf = new byte[Math.min(2 * size, 1 << 16)]; // grows for a long input only: a folder of short files stays cheap
        int limit = 0;
        long offset = 0; // of buf[0] in the input
        while (true) {
            boolean eof = false;
            while (!eof && limit < size) {
                if (limit == buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(2 * size, 2 * buf.length));
                }
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
            if (eof) {
                sink.part(decodePart(buf, limit, offset), true);
                return true;
            }
            int cut = partEnd(buf, limit);
            sink.part(decodePart(buf, cut, offset), false);
            System.arraycopy(buf, cut, buf, 0, limit - cut);
            limit -= cut;
            offset += cut;
        }
    }

    /** Where a part of {@code buf[0, limit)} ends: after its last line break, else before its last character. */
    private static int partEnd(byte[] buf, int limit) {
        for (int i = limit - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > 0; i--) {
            if ((buf[i] & 0xC0) != 0x80) {
                return i; // not a continuation byte: a character starts here
            }
        }
        return limit;
    }

    private String decodePart(byte[] buf, int length, long offset) {
        int bom = offset == 0 && length >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        return Utf8LineReader.decodeChecked(buf, bom, length - bom, offset + bom, damage);
    }

    /** Tells the user once if bytes had to be replaced. */
    void reportDamage(Diagnostics diagnostics) {
        if (damage.count() > 0) {
            diagnostics.malformedBytes(source.name(), charset.name(), damage.count(), damage.firstOffset());
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Stdin stays open for anyone after us; closing our wrapper must not close it. */
    private static final class NonClosingStream extends java.io.FilterInputStream {
        NonClosingStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
