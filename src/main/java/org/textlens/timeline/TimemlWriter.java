package org.textlens.timeline;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a document back as TimeML: DOCID, the creation time as a DCT, and the TEXT with our
 * TIMEX3 tags. The characters between the tags are the document's text exactly, with only
 * {@code & < >} escaped, so removing the tags and decoding gives the input text back.
 */
public final class TimemlWriter {
    private TimemlWriter() {
    }

    public static void write(TaggedDocument tagged, Writer out) throws IOException {
        String text = tagged.doc().text();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>");
        out.write(escape(tagged.doc().meta().getOrDefault("docid", tagged.doc().id())));
        out.write("</DOCID>\n");
        if (tagged.doc().date().isPresent()) {
            String d = tagged.doc().date().get().toString();
            out.write("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + d
                + "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + d + "</TIMEX3></DCT>\n");
        }
        out.write("<TEXT>");
        int at = 0;
        int tid = 1;
        for (Timex t : tagged.timexes()) {
            out.write(escape(text.substring(at, t.start())));
            out.write("<TIMEX3 tid=\"t" + tid++ + "\" type=\"" + t.type() + "\" value=\"" + escape(t.value()) + "\"");
            if (!t.mod().isEmpty()) {
                out.write(" mod=\"" + t.mod() + "\"");
            }
            if (!t.freq().isEmpty()) {
                out.write(" freq=\"" + t.freq() + "\"");
            }
            out.write(">");
            out.write(escape(text.substring(t.start(), t.end())));
            out.write("</TIMEX3>");
            at = t.end();
        }
        out.write(escape(text.substring(at)));
        out.write("</TEXT>\n</TimeML>\n");
    }

    /**
     * Element content: {@code & < >} escaped, a CR written as a reference (a parser would turn a
     * raw one into LF), and every character XML 1.0 cannot hold at all (C0 controls but tab and
     * line breaks, U+FFFE, U+FFFF, a surrogate without its pair) replaced by U+FFFD, one character
     * for one, so offsets in code points stay those of the input.
     */
    static String escape(String s) {
        if (plain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else {
                        b.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '\r' || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether XML 1.0 allows {@code c} (surrogates are checked in pairs by the caller). */
    static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xFFFE && !Character.isSurrogate(c) : c == '\t' || c == '\n' || c == '\r';
    }
}
