package org.textlens.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Binary detection: a NUL byte in the first bytes of an input (as grep does). Where the NULs fall
 * on every other byte, or on three bytes of four, it is most likely UTF-16 or UTF-32 text without
 * a byte-order mark, and the warning says which {@code --encoding} would read it.
 */
final class Nul {
    private Nul() {
    }

    /** Empty for text; else the reason the input is skipped as binary. */
    static Optional<String> sniff(BufferedInputStream in, int bytes) throws IOException {
        in.mark(bytes);
        byte[] head = in.readNBytes(bytes);
        in.reset();
        int[] nulAt = new int[4];
        int nuls = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                nuls++;
                nulAt[i % 4]++;
            }
        }
        if (nuls == 0) {
            return Optional.empty();
        }
        String why = "binary file (NUL bytes in the first " + bytes / 1024 + " KiB) skipped";
        return Optional.of(why + guess(head.length, nulAt).map(e -> " (if it is " + e + " text without a byte-order mark, give --encoding " + e + ")")
            .orElse(""));
    }

    private static Optional<String> guess(int length, int[] nulAt) {
        int quarter = length / 4;
        if (quarter == 0) {
            return Optional.empty();
        }
        boolean[] mostly = new boolean[4];
        for (int i = 0; i < 4; i++) {
            mostly[i] = nulAt[i] >= quarter * 9 / 10;
        }
        if (mostly[1] && mostly[2] && mostly[3] && !mostly[0]) {
            return Optional.of("UTF-32LE");
        }
        if (mostly[0] && mostly[1] && mostly[2] && !mostly[3]) {
            return Optional.of("UTF-32BE");
        }
        if (mostly[1] && mostly[3] && !mostly[0] && !mostly[2]) {
            return Optional.of("UTF-16LE");
        }
        if (mostly[0] && mostly[2] && !mostly[1] && !mostly[3]) {
            return Optional.of("UTF-16BE");
        }
        return Optional.empty();
    }
}
