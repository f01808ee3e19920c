package org.textlens.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** A per-document row of {@code --by-doc}: {@code doc_id,term,count,per_10k} and, with --tfidf, {@code tfidf}. */
public record DocTermRow(String docId, String term, long count, double per10k, OptionalDouble tfidf) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("term"), Column.integer("count"),
        Column.decimal("per_10k", 4));
    public static final Schema SCHEMA_TFIDF = Schema.of(Column.text("doc_id"), Column.text("term"), Column.integer("count"),
        Column.decimal("per_10k", 4), Column.decimal("tfidf", 4));

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, term, count, per10k));
        tfidf.ifPresent(v::add);
        return v;
    }
}
