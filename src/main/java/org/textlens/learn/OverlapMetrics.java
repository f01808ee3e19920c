package org.textlens.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Span precision, recall and F1 with partial-overlap credit, as SemEval-2020 Task 11 scores span
 * identification (Da San Martino et al. 2020): overlapping spans of one side are first merged; then,
 * with S the predicted spans, T the gold spans and |s ∩ t| the units two spans share,
 * {@code P = (1/|S|) Σ_s Σ_t |s ∩ t| / |s|} and {@code R = (1/|T|) Σ_t Σ_s |s ∩ t| / |t|}. Spans are
 * compared only within one sequence (a document); units are whatever the caller counts in
 * (characters, code points, tokens). Types are ignored: filter by type first to score one.
 */
public record OverlapMetrics(double precision, double recall, double f1, int predicted, int gold) {

    /** Gold and predicted spans, one list per sequence. */
    public static OverlapMetrics of(List<List<TokenSpan>> gold, List<List<TokenSpan>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predictions differ in number of sequences");
        }
        double p = 0;
        double r = 0;
        int nPredicted = 0;
        int nGold = 0;
        for (int i = 0; i < gold.size(); i++) {
            List<TokenSpan> g = merged(gold.get(i));
            List<TokenSpan> s = merged(predicted.get(i));
            for (TokenSpan x : s) {
                p += shared(x, g) / (double) (x.end() - x.start());
            }
            for (TokenSpan t : g) {
                r += shared(t, s) / (double) (t.end() - t.start());
            }
            nPredicted += s.size();
            nGold += g.size();
        }
        double precision = nPredicted == 0 ? 0 : p / nPredicted;
        double recall = nGold == 0 ? 0 : r / nGold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new OverlapMetrics(precision, recall, f1, nPredicted, nGold);
    }

    private static long shared(TokenSpan x, List<TokenSpan> others) {
        long n = 0;
        for (TokenSpan o : others) {
            n += Math.max(0, Math.min(x.end(), o.end()) - Math.max(x.start(), o.start()));
        }
        return n;
    }

    /** Overlapping spans joined, empty spans dropped, in order. */
    static List<TokenSpan> merged(List<TokenSpan> spans) {
        List<TokenSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TokenSpan::start).thenComparingInt(TokenSpan::end));
        List<TokenSpan> out = new ArrayList<>();
        for (TokenSpan s : sorted) {
            if (s.end() <= s.start()) {
                continue;
            }
            TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                out.set(out.size() - 1, new TokenSpan(last.start(), Math.max(last.end(), s.end()), last.type()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
