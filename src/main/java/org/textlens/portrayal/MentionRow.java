package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One target mention: {@code doc_id,sentence,target,target_start,target_end,entity,label,score,text},
 * and {@code evidence} with {@code --explain}. {@code text} is the sentence the mention stands in.
 */
public record MentionRow(String docId, int sentence, String target, int targetStart, int targetEnd, String entity, String label,
                         double score, String text, java.util.Optional<String> evidence) implements Row {
    public static final Schema SCHEMA = Schema.of(columns(false));
    public static final Schema SCHEMA_EXPLAINED = Schema.of(columns(true));

    private static Column[] columns(boolean explained) {
        List<Column> c = new ArrayList<>(List.of(Column.text("doc_id"), Column.integer("sentence"), Column.text("target"),
            Column.integer("target_start"), Column.integer("target_end"), Column.text("entity"), Column.text("label"),
            Column.decimal("score", 4), Column.text("text")));
        if (explained) {
            c.add(Column.text("evidence"));
        }
        return c.toArray(Column[]::new);
    }

    static MentionRow of(String docId, PortrayalAnalyzer.Portrayed p, boolean explain) {
        Target t = p.target();
        Portrayal q = p.portrayal();
        return new MentionRow(docId, p.sentence(), t.text(), t.start(), t.end(), t.entity(), q.label(), q.score(), p.sentenceText(),
            explain ? java.util.Optional.of(Evidence.format(q.label(), q.explanation())) : java.util.Optional.empty());
    }

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, sentence, target, targetStart, targetEnd, entity, label, score, text));
        evidence.ifPresent(v::add);
        return v;
    }
}
