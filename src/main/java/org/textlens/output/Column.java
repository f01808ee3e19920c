package org.textlens.output;

import java.util.Locale;

/**
 * One output column: its name (CSV header and JSON field) and how its values are written.
 * Decimals use {@link Locale#ROOT} and a fixed precision, so output is byte-identical everywhere.
 */
public record Column(String name, Kind kind, int digits) implements java.io.Serializable {
    public enum Kind { TEXT, INTEGER, DECIMAL, SCIENTIFIC, BOOLEAN }

    public static Column text(String name) {
        return new Column(name, Kind.TEXT, 0);
    }

    /** {@code true} or {@code false}: words in CSV and TSV, booleans in JSON. */
    public static Column bool(String name) {
        return new Column(name, Kind.BOOLEAN, 0);
    }

    public static Column integer(String name) {
        return new Column(name, Kind.INTEGER, 0);
    }

    public static Column decimal(String name, int digits) {
        return new Column(name, Kind.DECIMAL, digits);
    }

    public static Column scientific(String name, int digits) {
        return new Column(name, Kind.SCIENTIFIC, digits);
    }

    /** The value as output text; numbers never depend on the machine's locale. */
    public String format(Object value) {
        return switch (kind) {
            case TEXT, INTEGER, BOOLEAN -> String.valueOf(value);
            case DECIMAL -> fixed(((Number) value).doubleValue(), digits);
            case SCIENTIFIC -> positiveZero(String.format(Locale.ROOT, "%." + digits + "e", ((Number) value).doubleValue()));
        };
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /**
     * {@code v} with {@code digits} decimals, rounded half away from zero. Written by hand because
     * String.format costs microseconds and a vocabulary's worth of rows has millions of numbers.
     */
    public static String fixed(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (digits >= POWERS.length || Math.abs(v) * POWERS[digits] >= 1e15) {
            return positiveZero(String.format(Locale.ROOT, "%." + digits + "f", v));
        }
        long scaled = Math.round(Math.abs(v) * POWERS[digits]);
        if (scaled == 0) {
            v = 0;
        }
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        sb.append(scaled / POWERS[digits]);
        if (digits > 0) {
            String frac = Long.toString(scaled % POWERS[digits]);
            sb.append('.');
            for (int i = frac.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb.toString();
    }

    /** "-0.0000" reads as a negative number to people and to sort; write it as zero. */
    private static String positiveZero(String s) {
        if (s.startsWith("-")) {
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '1' && c <= '9') {
                    return s;
                }
                if (c == 'e') {
                    break;
                }
            }
            return s.substring(1);
        }
        return s;
    }
}
