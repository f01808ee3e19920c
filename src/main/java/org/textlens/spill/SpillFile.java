package org.textlens.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file of binary records, written once and then read from the start: the disk half of
 * anything that would otherwise grow with the corpus. It lives in {@code java.io.tmpdir} and is
 * deleted on {@link #close()} and, failing that, when the JVM exits. Strings are written with a
 * variable-length length and their UTF-8 bytes, so a term of any length fits.
 */
public final class SpillFile implements AutoCloseable {
    private final Path path;
    private DataOutputStream out;

    public SpillFile(String purpose) {
        try {
            this.path = Files.createTempFile("textlens-" + purpose + "-", ".spill");
            path.toFile().deleteOnExit();
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot make a temporary file in "
                + System.getProperty("java.io.tmpdir") + " (" + e.getMessage() + "); give a writable folder with JAVA_OPTS=-Djava.io.tmpdir=DIR", e));
        }
    }

    public Path path() {
        return path;
    }

    public DataOutputStream out() {
        return out;
    }

    /** Ends writing and opens the records for reading from the start. */
    public DataInputStream read() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(out, b.length);
        out.write(b);
    }

    public static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[readVarInt(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    public static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed spill file");
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file we could not remove: deleteOnExit tries again
        }
    }
}
