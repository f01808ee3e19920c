package org.textlens.timeline;

/**
 * How many units an expression counts: a number (possibly with a half), or vague ("several",
 * "a few", "two to three"), written as X in TimeML values.
 */
record Quantity(double amount, boolean vague) {
    static final Quantity ONE = new Quantity(1, false);
    static final Quantity VAGUE = new Quantity(0, true);

    boolean whole() {
        return !vague && amount == Math.rint(amount);
    }

    /** The TimeML duration of this many {@code unit}s (words.tsv unit codes: Y M W D H MIN S DE CE MIL Q 2W). */
    String duration(String unit) {
        if (vague) {
            return switch (unit) {
                case "H" -> "PTXH";
                case "MIN" -> "PTXM";
                case "S" -> "PTXS";
                case "2W" -> "PXW";
                case "MIL" -> "PXML";
                default -> "PX" + unit;
            };
        }
        return switch (unit) {
            case "DE" -> mixed(amount * 10, "P", "Y", 12, "M");
            case "CE" -> mixed(amount * 100, "P", "Y", 12, "M");
            case "MIL" -> mixed(amount * 1000, "P", "Y", 12, "M");
            case "2W" -> "P" + number(amount * 2) + "W";
            case "Y" -> mixed(amount, "P", "Y", 12, "M");
            case "W" -> amount == Math.rint(amount) ? "P" + number(amount) + "W" : mixed(amount * 7, "P", "D", 24, "TH");
            case "D" -> mixed(amount, "P", "D", 24, "TH");
            case "H" -> mixed(amount, "PT", "H", 60, "M");
            case "MIN" -> mixed(amount, "PT", "M", 60, "S");
            case "S" -> "PT" + number(amount) + "S";
            default -> "P" + number(amount) + unit; // M, Q
        };
    }

    /**
     * {@code v} units, a fraction written in the next smaller unit when it comes out whole:
     * 2.5 years P2Y6M, half a year P6M, 1.5 days P1DT12H, 5.5 hours PT5H30M; otherwise a decimal.
     * {@code smaller} is the smaller unit's designator, with a leading T when the time part starts there.
     */
    private static String mixed(double v, String prefix, String unit, int per, String smaller) {
        long whole = (long) Math.floor(v);
        double rest = (v - whole) * per;
        if (v == whole || rest != Math.rint(rest)) {
            return prefix + number(v) + unit;
        }
        boolean time = smaller.startsWith("T");
        String small = time ? smaller.substring(1) : smaller;
        String restPart = (time ? "T" : "") + Math.round(rest) + small;
        if (whole == 0) {
            return (time ? "P" : prefix) + restPart;
        }
        return prefix + whole + unit + restPart;
    }

    static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
