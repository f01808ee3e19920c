package org.textlens.freq;

/** The few statistical functions keyness needs, written to full double precision. */
final class Statistics {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Statistics() {
    }

    /** Upper tail of the chi-square distribution with one degree of freedom. */
    static double chiSquare1Tail(double x) {
        return x <= 0 ? 1.0 : erfc(Math.sqrt(x / 2));
    }

    /**
     * The complementary error function. Below 2 a series with positive terms only (no
     * cancellation); above, a continued fraction, which keeps relative precision far into the tail
     * where {@code 1 - erf(x)} would round to zero.
     */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2) {
            double term = x;
            double sum = x;
            double twoX2 = 2 * x * x;
            for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
                term *= twoX2 / (2 * n + 1);
                sum += term;
            }
            return 1 - TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
        }
        if (x > 27) {
            return 0;
        }
        double f = x;
        for (int n = 120; n >= 1; n--) {
            f = x + (n / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    /** x ln(x / e), with 0 ln 0 taken as 0. */
    static double xLogRatio(double x, double e) {
        return x == 0 ? 0 : x * Math.log(x / e);
    }
}
