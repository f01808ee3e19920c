package org.textlens.loaded;

import java.util.List;
import org.textlens.attribution.Statement;

/**
 * Whose words a passage of one document is: the direct quotations of the document with their
 * speakers ({@link org.textlens.attribution.Attributions#findDirect}), looked up by code-point span.
 * A hit inside a quotation carries the quotation's speaker, so a reader can tell the outlet's own
 * wording from the wording it quotes.
 */
final class QuotedSpeakers {
    /** The speaker written for a quotation whose speaker was not found. */
    static final String UNATTRIBUTED = "(unattributed)";

    private final List<Statement> quotations;

    /** @param statements statements in text order; only the direct ones count */
    QuotedSpeakers(List<Statement> statements) {
        this.quotations = statements.stream().filter(s -> s.kind() == Statement.Kind.DIRECT).toList();
    }

    /** The quotation holding {@code [start, end)} (code points) wholly, or -1. */
    int quotationOf(int start, int end) {
        int lo = 0;
        int hi = quotations.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).start() <= start) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && end <= quotations.get(found).end() ? found : -1;
    }

    /** The speaker of the quotation holding {@code [start, end)}; empty outside quotations. */
    String speakerOf(int start, int end) {
        int q = quotationOf(start, end);
        if (q < 0) {
            return "";
        }
        String name = quotations.get(q).speakerName();
        return name.isEmpty() ? UNATTRIBUTED : name;
    }
}
