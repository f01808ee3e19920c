package org.textlens.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** A corpus-level frequency row: {@code rank,term,count,per_10k,docs} and, with --tfidf, {@code tfidf}. */
public record FreqRow(long rank, String term, long count, double per10k, long docs, OptionalDouble tfidf) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.integer("rank"), Column.text("term"), Column.integer("count"),
        Column.decimal("per_10k", 4), Column.integer("docs"));
    public static final Schema SCHEMA_TFIDF = Schema.of(Column.integer("rank"), Column.text("term"), Column.integer("count"),
        Column.decimal("per_10k", 4), Column.integer("docs"), Column.decimal("tfidf", 4));

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(rank, term, count, per10k, docs));
        tfidf.ifPresent(v::add);
        return v;
    }
}
