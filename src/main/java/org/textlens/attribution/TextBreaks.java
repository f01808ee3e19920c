package org.textlens.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph boundaries over code points, by the rule the sentence splitter uses: a blank line, or
 * a line break after sentence-final punctuation. A single break inside running prose (hard-wrapped
 * text) is not a boundary, so a quotation may run over it.
 */
final class TextBreaks {
    private TextBreaks() {
    }

    /** Whether the line break at {@code i} ends a paragraph. */
    static boolean isParagraphEnd(int[] cp, int i) {
        int next = i + 1;
        while (next < cp.length && cp[next] != '\n' && QuoteScanner.isSpace(cp[next])) {
            next++;
        }
        if (next >= cp.length || cp[next] == '\n') {
            return true;
        }
        int last = i - 1;
        while (last >= 0 && QuoteScanner.isSpace(cp[last]) && cp[last] != '\n') {
            last--;
        }
        return last < 0 || cp[last] == '\n' || ".!?\u2026:;\"\u201D\u00BB\u00AB)'\u2019".indexOf(cp[last]) >= 0;
    }

    /** The first non-space position after {@code i}, or the text length. */
    static int nextNonSpace(int[] cp, int i) {
        int j = i + 1;
        while (j < cp.length && QuoteScanner.isSpace(cp[j])) {
            j++;
        }
        return j;
    }

    /** {@code to} moved back over white space, but not before {@code from}. */
    static int trimEnd(int[] cp, int from, int to) {
        while (to > from && QuoteScanner.isSpace(cp[to - 1])) {
            to--;
        }
        return to;
    }

    /** The start of every paragraph after the first, ascending. */
    static int[] paragraphStarts(int[] cp) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < cp.length; i++) {
            if (cp[i] == '\n' && isParagraphEnd(cp, i)) {
                starts.add(nextNonSpace(cp, i));
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The paragraph number of position {@code at}, given {@link #paragraphStarts}. */
    static int paragraphOf(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
