package org.textlens.freq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keyness of each term in a target corpus against a reference corpus, from the 2x2 table of the
 * term's count and all other words in each corpus:
 * <ul>
 * <li>G2, the log-likelihood ratio (Dunning 1993; Rayson and Garside 2000), signed: positive when
 * the term is relatively more frequent in the target;</li>
 * <li>p, from the chi-square distribution with one degree of freedom;</li>
 * <li>log ratio (Hardie 2014): log2 of the ratio of relative frequencies, a zero count taken as 0.5;</li>
 * <li>%DIFF (Gabrielatos and Marchi 2012), the same zero adjustment.</li>
 * </ul>
 * Rows: every term of either corpus whose combined count reaches --min-count, by signed G2
 * descending, then term; equal G2 share a rank.
 */
public final class Keyness {
    private static final double ZERO_COUNT = 0.5;

    private final FreqSettings settings;

    public Keyness(FreqSettings settings) {
        this.settings = settings;
    }

    public Stream<KeynessRow> compare(TermCounts target, TermCounts reference) {
        Set<String> vocabulary = new HashSet<>(target.terms().keySet());
        vocabulary.addAll(reference.terms().keySet());
        List<KeynessRow> rows = new ArrayList<>();
        for (String term : vocabulary) {
            long a = target.count(term);
            long b = reference.count(term);
            if (a + b >= settings.minCount()) {
                rows.add(row(term, a, b, target.words(), reference.words()));
            }
        }
        rows.sort((x, y) -> {
            int byG2 = Double.compare(y.g2(), x.g2());
            return byG2 != 0 ? byG2 : x.term().compareTo(y.term());
        });
        long[] ranks = Ranking.competition(rows, KeynessRow::g2);
        int limit = settings.top() > 0 ? Math.min(settings.top(), rows.size()) : rows.size();
        List<KeynessRow> ranked = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            KeynessRow r = rows.get(i);
            ranked.add(new KeynessRow(ranks[i], r.term(), r.count(), r.refCount(), r.g2(), r.p(), r.logRatio(), r.pctDiff()));
        }
        return ranked.stream();
    }

    /**
     * The keyness figures of one term seen {@code a} times in {@code c} target words and {@code b}
     * in {@code d}, with rank 0 (ranks come from the sorted list).
     */
    public static KeynessRow row(String term, long a, long b, long c, long d) {
        double g2 = logLikelihood(a, b, c, d);
        double relTarget = (a == 0 ? ZERO_COUNT : a) / (double) c;
        double relReference = (b == 0 ? ZERO_COUNT : b) / (double) d;
        boolean overUsed = (double) a / c >= (double) b / d;
        double signed = overUsed ? g2 : -g2;
        double logRatio = Math.log(relTarget / relReference) / Math.log(2);
        double pctDiff = (relTarget - relReference) * 100 / relReference;
        return new KeynessRow(0, term, a, b, signed, Statistics.chiSquare1Tail(g2), logRatio, pctDiff);
    }

    /** Unsigned G2 = 2 (a ln(a/E1) + b ln(b/E2)), with expected counts E1, E2 from the pooled rate. */
    static double logLikelihood(long a, long b, long c, long d) {
        double pooled = (double) (a + b) / (c + d);
        double e1 = c * pooled;
        double e2 = d * pooled;
        double g2 = 2 * (Statistics.xLogRatio(a, e1) + Statistics.xLogRatio(b, e2));
        return Math.max(0, g2);
    }
}
