package org.textlens.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One temporal expression as output: {@code doc_id,doc_date,sentence,start,end,text,type,value,
 * mod,from,to,context}. Offsets are code points; {@code from}/{@code to} are the first and last
 * day the value covers, empty when it has no position in time.
 */
public record TimelineRow(String docId, Optional<String> docDate, int sentence, int start, int end, String text,
                          TimexType type, String value, String mod, Optional<String> from, Optional<String> to,
                          String context) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("doc_date"), Column.integer("sentence"),
        Column.integer("start"), Column.integer("end"), Column.text("text"), Column.text("type"), Column.text("value"),
        Column.text("mod"), Column.text("from"), Column.text("to"), Column.text("context"));

    @Override
    public List<Object> values() {
        return Arrays.asList(docId, docDate, sentence, start, end, text, type.name(), value, mod, from, to, context);
    }

    /** DATE and TIME expressions with a position in time: what a timeline shows. */
    public boolean onTimeline() {
        return (type == TimexType.DATE || type == TimexType.TIME) && from.isPresent();
    }
}
