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

    /** Appends {@code s[from, to)} escaped; control characters that HTML forbids become U+FFFD. */
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
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
