package org.textlens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes like {@link java.io.InputStreamReader} with replacement, but also counts the
 * malformed sequences and remembers the byte offset of the first, so the user can be told once per
 * file where the damage starts. A leading byte-order mark is dropped.
 */
final class ReportingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 15).flip();
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean finished;
    private boolean atStart = true;
    private boolean pendingReplacement;
    private final Damage damage;

    ReportingReader(InputStream in, Charset charset, Damage damage) {
        this.in = in;
        this.damage = damage;
        this.decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        while (true) {
            chars.clear();
            if (pendingReplacement) {
                chars.put('\uFFFD');
                pendingReplacement = false;
            }
            decodeSome();
            chars.flip();
            if (atStart && chars.hasRemaining()) {
                atStart = false;
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
            if (chars.hasRemaining()) {
                return true;
            }
            if (finished) {
                return false;
            }
        }
    }

    private void decodeSome() throws IOException {
        while (chars.position() == 0 && !finished) {
            CoderResult r = decoder.decode(bytes, chars, endOfInput);
            if (r.isError()) {
                damage.record(bytesBeforeBuffer + bytes.position());
                bytes.position(bytes.position() + r.length());
                if (chars.hasRemaining()) {
                    chars.put('\uFFFD');
                } else {
                    pendingReplacement = true;
                }
            } else if (r.isOverflow()) {
                return;
            } else if (endOfInput) {
                decoder.flush(chars);
                finished = true;
            } else {
                refill();
            }
        }
    }

    private void refill() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
