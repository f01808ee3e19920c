package org.textlens.output;

import java.util.Locale;

/**
 * One output column: its name (CSV header and JSON field) and how its values are written.
 * Decimals use {@link Locale#ROOT} and a fixed precision, so output is byte-identical everywhere.
 */
public record Column(String name, Kind kind, int digits) {
    public enum Kind { TEXT, INTEGER, DECIMAL, SCIENTIFIC }

    public static Column text(String name) {
        return new Column(name, Kind.TEXT, 0);
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
    String format(Object value) {
        return switch (kind) {
            case TEXT, INTEGER -> String.valueOf(value);
            case DECIMAL -> positiveZero(String.format(Locale.ROOT, "%." + digits + "f", ((Number) value).doubleValue()));
            case SCIENTIFIC -> positiveZero(String.format(Locale.ROOT, "%." + digits + "e", ((Number) value).doubleValue()));
        };
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
