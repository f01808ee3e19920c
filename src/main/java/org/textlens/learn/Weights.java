package org.textlens.learn;

/** Lays liblinear's columns out as a {@link LinearModel}'s arrays, rounded to what a model file stores. */
final class Weights {
    private Weights() {
    }

    /** Feature-major weights from {@code [column][feature..., bias]}, each column negated where {@code flip[c]}. */
    static double[] features(double[][] columns, int features, int[] order, boolean negate) {
        int k = order.length;
        double[] w = new double[features * k];
        for (int f = 0; f < features; f++) {
            for (int c = 0; c < k; c++) {
                double v = columns[order[c]][f];
                w[f * k + c] = Numbers.rounded(negate ? -v : v);
            }
        }
        return w;
    }

    static double[] bias(double[][] columns, int features, int[] order, boolean negate) {
        double[] b = new double[order.length];
        for (int c = 0; c < order.length; c++) {
            double v = columns[order[c]][features];
            b[c] = Numbers.rounded(negate ? -v : v);
        }
        return b;
    }
}
