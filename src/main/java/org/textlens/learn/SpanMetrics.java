package org.textlens.learn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Span-tagging scores over many sequences. Token level: a token counts when it lies in a span of the
 * same type in gold and prediction. Span level: a predicted span counts only when a gold span has
 * exactly its bounds and type.
 */
public record SpanMetrics(double tokenPrecision, double tokenRecall, double tokenF1,
                          double spanPrecision, double spanRecall, double spanF1) {

    /** Gold and predicted spans, one list per sequence, with each sequence's token count. */
    public static SpanMetrics of(List<List<TokenSpan>> gold, List<List<TokenSpan>> predicted, List<Integer> lengths) {
        if (gold.size() != predicted.size() || gold.size() != lengths.size()) {
            throw new IllegalArgumentException("gold, predictions and lengths differ in number of sequences");
        }
        int ttp = 0;
        int tfp = 0;
        int tfn = 0;
        int stp = 0;
        int sfp = 0;
        int sfn = 0;
        for (int s = 0; s < gold.size(); s++) {
            List<String> g = Bio.tags(lengths.get(s), gold.get(s));
            List<String> p = Bio.tags(lengths.get(s), predicted.get(s));
            for (int i = 0; i < g.size(); i++) {
                String gt = Bio.type(g.get(i));
                String pt = Bio.type(p.get(i));
                if (gt != null && gt.equals(pt)) {
                    ttp++;
                } else {
                    tfp += pt != null ? 1 : 0;
                    tfn += gt != null ? 1 : 0;
                }
            }
            Set<TokenSpan> goldSpans = new HashSet<>(gold.get(s));
            for (TokenSpan span : predicted.get(s)) {
                if (goldSpans.contains(span)) {
                    stp++;
                } else {
                    sfp++;
                }
            }
            sfn += goldSpans.size() - (int) predicted.get(s).stream().filter(goldSpans::contains).count();
        }
        return new SpanMetrics(ClassMetrics.ratio(ttp, ttp + tfp), ClassMetrics.ratio(ttp, ttp + tfn), ClassMetrics.f1(ttp, tfp, tfn),
            ClassMetrics.ratio(stp, stp + sfp), ClassMetrics.ratio(stp, stp + sfn), ClassMetrics.f1(stp, sfp, sfn));
    }
}
