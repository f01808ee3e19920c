package org.textlens.portrayal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap of a mean score whose mentions come in documents. Mentions in one article
 * are not independent (one writer, one story), so the resampled unit is the document: each of
 * {@value #RESAMPLES} resamples draws as many documents as there are, with replacement, and takes the
 * mean over all their mentions; the interval is the 2.5th and 97.5th percentile of those means
 * (sorted, linear interpolation between the closest ranks). The generator is seeded from the group
 * and entity names ({@value #SEED} mixed with their string hash), so the same data always gives the
 * same interval, whatever the thread count or the order of other groups.
 */
public final class Bootstrap {
    public static final int RESAMPLES = 2000;
    public static final long SEED = 20210419L;

    private Bootstrap() {
    }

    /** The 95% interval {@code {low, high}} of Σsums / Σcounts over documents; one document gives its own mean twice. */
    public static double[] interval(double[] sums, int[] counts, String key) {
        int n = sums.length;
        if (n == 1) {
            double m = sums[0] / counts[0];
            return new double[] {m, m};
        }
        SplittableRandom random = new SplittableRandom(SEED ^ ((long) key.hashCode() << 16));
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            long count = 0;
            for (int i = 0; i < n; i++) {
                int d = random.nextInt(n);
                sum += sums[d];
                count += counts[d];
            }
            means[r] = sum / count;
        }
        Arrays.sort(means);
        return new double[] {percentile(means, 0.025), percentile(means, 0.975)};
    }

    static double percentile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
