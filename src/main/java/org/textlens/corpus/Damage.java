package org.textlens.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Malformed byte sequences found in one input: how many, and the byte offset of the first. */
final class Damage {
    private long count;
    private long firstOffset = -1;

    void record(long offset) {
        if (firstOffset < 0) {
            firstOffset = offset;
        }
        count++;
    }

    void reset() {
        count = 0;
        firstOffset = -1;
    }

    long count() {
        return count;
    }

    long firstOffset() {
        return firstOffset;
    }

    /**
     * Finds the malformed UTF-8 sequences in {@code bytes[from, from + length)}, which starts at
     * {@code offset} in the input. Only called for text whose fast decoding produced U+FFFD, so
     * clean text never pays for it.
     */
    void scanUtf8(byte[] bytes, int from, int length, long offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                record(offset + in.position() - from);
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                out.clear();
            } else {
                return;
            }
        }
    }
}
