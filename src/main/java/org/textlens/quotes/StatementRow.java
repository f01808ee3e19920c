package org.textlens.quotes;

import java.util.List;
import org.textlens.attribution.Statement;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** One statement: {@code doc_id,sentence,start,end,speaker,speaker_start,speaker_end,speaker_status,verb,kind,text}. */
public record StatementRow(String docId, Statement statement) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.text("speaker"), Column.integer("speaker_start"), Column.integer("speaker_end"),
        Column.text("speaker_status"), Column.text("verb"), Column.text("kind"), Column.text("text"));

    @Override
    public List<Object> values() {
        Statement s = statement;
        return List.of(docId, s.sentence(), s.start(), s.end(), s.speakerName(), s.speakerStart(), s.speakerEnd(),
            s.speakerStatus().label(), s.verb().orElse(""), s.kind().label(), s.text());
    }
}
