package org.textlens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte range of a file, without their LF: the lines that start inside the range,
 * the last one read to its end past the range if need be (the Hadoop convention, so that every
 * line belongs to exactly one range).
 */
final class RangeLines {
    /** Receives the bytes {@code buf[from, to)} of a line that starts at byte {@code offset} of the file. */
    interface Sink {
        void line(byte[] buf, int from, int to, long offset) throws IOException;
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bufferOffset;
    private boolean eof;

    /** @param in the file, positioned at byte {@code offset} */
    RangeLines(InputStream in, long offset) {
        this.in = in;
        this.bufferOffset = offset;
    }

    /** Skips through the next line feed; returns the offset of the byte after it, or -1 at the end of the file. */
    long skipThroughLineFeed() throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    return bufferOffset + pos;
                }
            }
            pos = limit;
            if (eof) {
                return -1;
            }
            fill();
        }
    }

    /** Passes every line that starts before {@code end} to {@code sink}; returns how many. */
    long forEach(long end, Sink sink) throws IOException {
        long lines = 0;
        int scanned = pos;
        while (bufferOffset + pos < end) {
            int newline = -1;
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            if (newline >= 0) {
                sink.line(buf, pos, newline, bufferOffset + pos);
                lines++;
                pos = newline + 1;
                scanned = pos;
            } else if (eof) {
                if (pos < limit) {
                    sink.line(buf, pos, limit, bufferOffset + pos);
                    lines++;
                    pos = limit;
                }
                break;
            } else {
                scanned = limit - pos;
                fill();
                scanned += pos;
            }
        }
        return lines;
    }

    /** Moves the unread bytes to the front and reads more; a line longer than the buffer grows it. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferOffset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
