package org.textlens.timeline;

/**
 * A normalised expression: TimeML type, value and mod (empty when none), the frequency of a SET
 * ({@code 2X}; empty when none), and whether the value had to stay underspecified for want of a
 * document date.
 */
record Normalized(TimexType type, String value, String mod, String freq, boolean unanchored) {
    static Normalized of(TimexType type, String value) {
        return new Normalized(type, value, "", "", false);
    }

    Normalized withMod(String m) {
        return new Normalized(type, value, m == null ? "" : m, freq, unanchored);
    }

    Normalized withFreq(String f) {
        return new Normalized(type, value, mod, f, unanchored);
    }

    Normalized asUnanchored() {
        return new Normalized(type, value, mod, freq, true);
    }
}
