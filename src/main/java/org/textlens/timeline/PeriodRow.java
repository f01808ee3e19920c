package org.textlens.timeline;

import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** One period of {@code --group-by}: {@code period,from,to,mentions,documents,examples}. */
public record PeriodRow(String period, String from, String to, long mentions, long documents, String examples) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("period"), Column.text("from"), Column.text("to"),
        Column.integer("mentions"), Column.integer("documents"), Column.text("examples"));

    @Override
    public List<Object> values() {
        return List.of(period, from, to, mentions, documents, examples);
    }
}
