package org.textlens.report;

import java.util.Locale;
import org.textlens.output.Column;

/** Numbers as the report prints them: the same fixed decimals as the subcommands' output, locale-free. */
final class Numbers {
    private Numbers() {
    }

    /** As the subcommands' decimal columns write it (rounded half away from zero, never "-0.0000"). */
    static String decimal(double v, int decimals) {
        return Column.fixed(v, decimals);
    }

    /** As the subcommands' scientific columns write it, e.g. p values: 1.665e-03. */
    static String scientific(double v, int digits) {
        return Column.scientific("", digits).format(v);
    }

    /** "1 document", "2 documents": {@code noun} is the singular. */
    static String count(long v, String noun) {
        return count(v) + " " + noun + (v == 1 ? "" : "s");
    }

    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
