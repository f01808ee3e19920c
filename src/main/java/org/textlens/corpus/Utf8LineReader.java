package org.textlens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a UTF-8 input, split on the bytes and decoded line by line with the JDK's fast UTF-8
 * path: about three times faster than a Reader on a large corpus. A line whose decoding produced
 * U+FFFD is checked again to count and locate the malformed bytes. A leading BOM is dropped; a
 * CR before the LF is not part of the line.
 */
final class Utf8LineReader implements LineReader {
    private final InputStream in;
    private final Damage damage;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int scanned;
    private long bufferOffset;
    private boolean eof;

    Utf8LineReader(InputStream in, Damage damage) {
        this.in = in;
        this.damage = damage;
    }

    @Override
    public String readLine() throws IOException {
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    String line = decode(pos, i);
                    pos = i + 1;
                    scanned = pos;
                    return line;
                }
            }
            scanned = limit;
            if (eof) {
                if (pos < limit) {
                    String line = decode(pos, limit);
                    pos = limit;
                    return line;
                }
                return null;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferOffset += pos;
            limit -= pos;
            scanned -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a long line: keep it whole
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private String decode(int from, int to) {
        return decodeLine(buf, from, to, bufferOffset + from, damage);
    }

    /**
     * One line of UTF-8, {@code bytes[from, to)} without its LF, starting at byte {@code offset} of
     * the input: a BOM at the very start of the input and a CR before the LF are not part of it.
     */
    static String decodeLine(byte[] bytes, int from, int to, long offset, Damage damage) {
        if (offset == 0 && to - from >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB && bytes[from + 2] == (byte) 0xBF) {
            from += 3;
            offset += 3;
        }
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        return decodeChecked(bytes, from, to - from, offset, damage);
    }

    /** Decodes UTF-8 quickly, then finds malformed bytes only if a replacement character appeared. */
    static String decodeChecked(byte[] bytes, int from, int length, long offset, Damage damage) {
        String s = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            damage.scanUtf8(bytes, from, length, offset);
        }
        return s;
    }
}
