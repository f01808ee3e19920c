package org.textlens.corpus;

/**
 * Input quoted in a message, kept short: a one-line error must stay one short line even when the
 * field it quotes is a megabyte long. Line breaks and other control characters are shown escaped.
 */
public final class Excerpt {
    static final int LONGEST = 60;

    private Excerpt() {
    }

    public static String of(String s) {
        int n = s.codePointCount(0, s.length());
        String head = n <= LONGEST ? s : s.substring(0, s.offsetByCodePoints(0, LONGEST - 1));
        StringBuilder out = new StringBuilder(head.length() + 32);
        head.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (n > LONGEST) {
            out.append("\u2026 (").append(String.format(java.util.Locale.ROOT, "%,d", n)).append(" characters)");
        }
        return out.toString();
    }
}
