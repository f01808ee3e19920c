package org.textlens.learn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Fixed, locale-free number formatting for model files and explanations. */
final class Numbers {
    private static final MathContext WEIGHT_DIGITS = new MathContext(8);

    private Numbers() {
    }

    /** A weight as a model file stores it: 8 significant digits, shortest exact form of that. */
    static String weight(double w) {
        if (w == 0) {
            return "0";
        }
        return new BigDecimal(w).round(WEIGHT_DIGITS).stripTrailingZeros().toString();
    }

    /** The double a model file will read back for {@code w}. */
    static double rounded(double w) {
        return Double.parseDouble(weight(w));
    }

    static String fixed(double x, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
    }

    /** Up to 4 decimals, trailing zeros dropped. */
    static String compact(double x) {
        String s = fixed(x, 4);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s;
    }
}
