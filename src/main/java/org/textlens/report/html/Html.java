package org.textlens.report.html;

/**
 * Escaping for text and attribute values in HTML and SVG. Every string that came from a document,
 * a file name or a lexicon goes through here, so a document containing {@code <script>} or quotes
 * is shown as text and never becomes markup.
 */
public final class Html {
    private Html() {
    }

    /** Escapes for element content and for double-quoted attribute values alike. */
    public static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escapeTo(out, s, 0, s.length());
        return out.toString();
    }

    /**
     * The explicit bidirectional formatting characters (embeddings, overrides, isolates and their
     * terminators, and the marks): in a page they reorder the text around them, a known way to
     * disguise it, so they are written as their code point in brackets instead.
     */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /**
     * Appends {@code s[from, to)} escaped; control characters that HTML forbids become U+FFFD, and
     * bidirectional controls are made visible.
     */
    public static void escapeTo(StringBuilder out, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f) {
                        out.append('\uFFFD');
                    } else if (isBidiControl(c)) {
                        // shown, not obeyed: an override can make "invoice\u202Etxt.exe" read as "invoiceexe.txt"
                        out.append("[U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(']');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
