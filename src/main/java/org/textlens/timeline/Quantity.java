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
            case "DE" -> years(amount * 10);
            case "CE" -> years(amount * 100);
            case "MIL" -> years(amount * 1000);
            case "2W" -> "P" + number(amount * 2) + "W";
            case "Y" -> years(amount);
            case "W" -> amount == Math.rint(amount) ? "P" + number(amount) + "W" : days(amount * 7);
            case "D" -> days(amount);
            case "H" -> clock(amount, "H", 60, "M");
            case "MIN" -> clock(amount, "M", 60, "S");
            case "S" -> "PT" + number(amount) + "S";
            default -> "P" + number(amount) + unit; // M, Q
        };
    }

    /** 2.5 years is P2Y6M, half a year P6M. */
    private static String years(double y) {
        if (y != Math.rint(y) && y * 12 == Math.rint(y * 12)) {
            long whole = (long) Math.floor(y);
            long months = Math.round((y - whole) * 12);
            return whole == 0 ? "P" + months + "M" : "P" + whole + "Y" + months + "M";
        }
        return "P" + number(y) + "Y";
    }

    private static String days(double d) {
        if (d != Math.rint(d) && d * 24 == Math.rint(d * 24)) {
            long whole = (long) Math.floor(d);
            long hours = Math.round((d - whole) * 24);
            return whole == 0 ? "PT" + hours + "H" : "P" + whole + "DT" + hours + "H";
        }
        return "P" + number(d) + "D";
    }

    private static String clock(double v, String unit, int per, String smaller) {
        long whole = (long) Math.floor(v);
        long rest = Math.round((v - whole) * per);
        if (rest == 0) {
            return "PT" + whole + unit;
        }
        return whole == 0 ? "PT" + rest + smaller : "PT" + whole + unit + rest + smaller;
    }

    static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
