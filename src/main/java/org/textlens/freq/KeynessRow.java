package org.textlens.freq;

import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** A keyness row: {@code rank,term,count,ref_count,g2,p,log_ratio,pct_diff}. */
public record KeynessRow(long rank, String term, long count, long refCount, double g2, double p,
                         double logRatio, double pctDiff) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.integer("rank"), Column.text("term"), Column.integer("count"),
        Column.integer("ref_count"), Column.decimal("g2", 4), Column.scientific("p", 3),
        Column.decimal("log_ratio", 4), Column.decimal("pct_diff", 2));

    @Override
    public List<Object> values() {
        return List.of(rank, term, count, refCount, g2, p, logRatio, pctDiff);
    }
}
