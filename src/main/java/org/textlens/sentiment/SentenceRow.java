package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** One sentence's sentiment: {@code doc_id,sentence,start,end,compound,pos,neu,neg,label,text} (+{@code evidence}). */
public record SentenceRow(String docId, int sentence, int start, int end, SentenceScore score, String label, String text,
                          boolean explain) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.decimal("compound", 4), Column.decimal("pos", 3), Column.decimal("neu", 3),
        Column.decimal("neg", 3), Column.text("label"), Column.text("text"));
    public static final Schema SCHEMA_EXPLAINED = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.decimal("compound", 4), Column.decimal("pos", 3), Column.decimal("neu", 3),
        Column.decimal("neg", 3), Column.text("label"), Column.text("text"), Column.text("evidence"));

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, sentence, start, end, score.compound(), score.pos(), score.neu(), score.neg(), label, text));
        if (explain) {
            v.add(String.join("; ", score.evidence()));
        }
        return v;
    }

}
