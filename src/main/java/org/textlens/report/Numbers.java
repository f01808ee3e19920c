package org.textlens.report;

import java.util.Locale;

/** Numbers as the report prints them: the same fixed decimals as the subcommands' output, locale-free. */
final class Numbers {
    private Numbers() {
    }

    static String decimal(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** "1 document", "2 documents": {@code noun} is the singular. */
    static String count(long v, String noun) {
        return count(v) + " " + noun + (v == 1 ? "" : "s");
    }

    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
