package org.textlens.attribution;

import java.util.Comparator;
import java.util.List;

/**
 * The reported statements of a document, indexed for the two questions quotations ask of them:
 * does one contain this quotation, and which one ended last before it. Logarithmic per question,
 * so documents of any length stay linear overall.
 */
final class ReportedIndex {
    private final List<Statement> byStart;
    private final int[] maxEndUpTo;       // the largest end among byStart[0..i]
    private final List<Statement> byEnd;

    ReportedIndex(List<Statement> reported) {
        byStart = reported.stream().sorted(Comparator.comparingInt(Statement::start)).toList();
        maxEndUpTo = new int[byStart.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < byStart.size(); i++) {
            max = Math.max(max, byStart.get(i).end());
            maxEndUpTo[i] = max;
        }
        byEnd = reported.stream().sorted(Comparator.comparingInt(Statement::end)).toList();
    }

    /** Whether a reported statement spans {@code [open, end)} (a closing mark right after its end counts as inside). */
    boolean covers(int open, int end) {
        int i = lastAtOrBefore(byStart, open, true);
        return i >= 0 && maxEndUpTo[i] + 1 >= end;
    }

    /** Whether a reported statement starts in {@code [from, to)}. */
    boolean startsWithin(int from, int to) {
        int i = lastAtOrBefore(byStart, to - 1, true);
        return i >= 0 && byStart.get(i).start() >= from;
    }

    /** The reported statement that ends last at or before {@code at}, or null. */
    Statement lastEndingBy(int at) {
        int i = lastAtOrBefore(byEnd, at, false);
        return i >= 0 ? byEnd.get(i) : null;
    }

    private static int lastAtOrBefore(List<Statement> sorted, int at, boolean byStart) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Statement s = sorted.get(mid);
            if ((byStart ? s.start() : s.end()) <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
