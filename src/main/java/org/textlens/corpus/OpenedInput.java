package org.textlens.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/**
 * An input opened for reading: gzip is undone when the bytes say so, binary files are recognised
 * by a NUL byte in their first 8 KiB (as grep does), and text is decoded with malformed sequences
 * replaced and counted.
 */
final class OpenedInput implements AutoCloseable {
    static final int SNIFF_BYTES = 8192;

    private final InputSource source;
    private final ReportingReader reader;
    private final boolean binary;

    private OpenedInput(InputSource source, ReportingReader reader, boolean binary) {
        this.source = source;
        this.reader = reader;
        this.binary = binary;
    }

    static OpenedInput open(InputSource source, Charset charset, InputStream stdin) throws IOException {
        InputStream raw = source.path().isPresent() ? Files.newInputStream(source.path().get()) : new NonClosingStream(stdin);
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (isGzip(in)) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        boolean binary = !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32") && hasNul(in);
        return new OpenedInput(source, new ReportingReader(in, charset), binary);
    }

    boolean binary() {
        return binary;
    }

    Reader reader() {
        return reader;
    }

    /** Tells the user once if bytes had to be replaced. */
    void reportDamage(Diagnostics diagnostics, Charset charset) {
        if (reader.malformedCount() > 0) {
            diagnostics.warn(source.name(), reader.malformedCount() + " malformed " + charset.name()
                + " byte sequence(s) replaced with U+FFFD, the first at byte " + reader.firstMalformedOffset()
                + " (if the file is in another encoding, give it with --encoding)");
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private static boolean hasNul(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        reader.close();
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
