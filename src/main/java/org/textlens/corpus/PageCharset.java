package org.textlens.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page's bytes with the charset it states: a byte-order mark, then the HTTP
 * header's, then the page's own {@code <meta>} tag (in its first 4 KiB); failing those, UTF-8 if
 * the bytes are valid UTF-8, else the {@code --encoding} given when it is not UTF-8, else
 * windows-1252 (what browsers assume for Western pages). A stated charset that Java does not know
 * is a problem to report, and detection decides instead.
 */
final class PageCharset {
    private static final int META_WINDOW = 4096;
    private static final Pattern META = Pattern.compile(
        "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private PageCharset() {
    }

    /** A decoded page: its text, the charset used, and what went wrong with a stated one. */
    record Decoded(String html, Charset charset, Optional<String> problem, Damage damage) {
    }

    static Decoded decode(byte[] bytes, int length, Optional<String> httpCharset, Charset fallback) {
        Damage damage = new Damage();
        if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return utf8(bytes, 3, length, Optional.empty(), damage);
        }
        if (length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new Decoded(new String(bytes, 0, length, StandardCharsets.UTF_16), StandardCharsets.UTF_16, Optional.empty(), damage);
        }
        Optional<String> problem = Optional.empty();
        for (Optional<String> stated : java.util.List.of(httpCharset, metaCharset(bytes, length))) {
            if (stated.isEmpty()) {
                continue;
            }
            Optional<Charset> cs = charset(stated.get());
            if (cs.isEmpty()) {
                problem = Optional.of("unknown charset '" + stated.get() + "'");
                continue;
            }
            if (cs.get().equals(StandardCharsets.UTF_8)) {
                return utf8(bytes, 0, length, problem, damage);
            }
            return new Decoded(new String(bytes, 0, length, cs.get()), cs.get(), problem, damage);
        }
        if (validUtf8(bytes, length)) {
            return new Decoded(new String(bytes, 0, length, StandardCharsets.UTF_8), StandardCharsets.UTF_8, problem, damage);
        }
        Charset guess = fallback.equals(StandardCharsets.UTF_8) ? Charset.forName("windows-1252") : fallback;
        return new Decoded(new String(bytes, 0, length, guess), guess, problem, damage);
    }

    private static Decoded utf8(byte[] bytes, int from, int length, Optional<String> problem, Damage damage) {
        String text = new String(bytes, from, length - from, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            damage.scanUtf8(bytes, from, length - from, from);
        }
        return new Decoded(text, StandardCharsets.UTF_8, problem, damage);
    }

    private static Optional<String> metaCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // What the web means by these labels (WHATWG Encoding): Latin-1 and ASCII pages are windows-1252.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii") || n.equals("iso8859-1")) {
            n = "windows-1252";
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean validUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
