package org.textlens.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The encoding a byte-order mark names, read without consuming it (the decoders drop it). */
final class ByteOrderMark {
    private ByteOrderMark() {
    }

    static Optional<Charset> charset(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        int n = b.length;
        if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }
}
