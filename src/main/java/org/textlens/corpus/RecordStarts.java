package org.textlens.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where the next WARC record may start after a damaged one: the next gzip member header in
 * a compressed file, else the next {@code WARC/1.} at the start of a line.
 */
final class RecordStarts {
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private RecordStarts() {
    }

    /** The byte offset of the next possible record start at or after {@code from}, or -1. */
    static long next(FileChannel file, long from) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2);
        file.read(head, 0);
        boolean gzip = head.position() == 2 && head.get(0) == GZIP[0] && head.get(1) == GZIP[1];
        byte[] magic = gzip ? GZIP : WARC;
        int lead = gzip ? 0 : 1; // the WARC magic starts with the newline before the record
        ByteBuffer buf = ByteBuffer.allocate(CHUNK + magic.length);
        for (long at = Math.max(0, from - lead); at < file.size(); at += CHUNK) {
            buf.clear();
            int n = 0;
            while (buf.hasRemaining()) {
                int r = file.read(buf, at + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            byte[] b = buf.array();
            for (int i = 0; i + magic.length <= n && i < CHUNK; i++) {
                if (matches(b, i, magic)) {
                    return at + i + lead;
                }
            }
        }
        return -1;
    }

    private static boolean matches(byte[] b, int i, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (b[i + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }
}
