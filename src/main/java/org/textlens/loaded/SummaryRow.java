package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One document: {@code doc_id,words,hits,per_1000,loadedness}, then the hits of each category
 * ({@code label,...,fear}) and {@code other} (categories of imported {@code .dic} files).
 * {@code loadedness} is the sum of the hits' weights per 1,000 words (docs/loaded.md).
 */
public record SummaryRow(String docId, int words, int hits, double per1000, double loadedness, List<Integer> categoryHits, int other)
    implements Row {
    public static final Schema SCHEMA = schema();

    public SummaryRow {
        categoryHits = List.copyOf(categoryHits);
    }

    private static Schema schema() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("doc_id"), Column.integer("words"), Column.integer("hits"),
            Column.decimal("per_1000", 2), Column.decimal("loadedness", 2)));
        for (Category c : Category.values()) {
            columns.add(Column.integer(c.id()));
        }
        columns.add(Column.integer("other"));
        return new Schema(columns);
    }

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, words, hits, per1000, loadedness));
        v.addAll(categoryHits);
        v.add(other);
        return v;
    }
}
