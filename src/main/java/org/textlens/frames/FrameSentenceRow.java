package org.textlens.frames;

import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/** A frame signalled in one sentence: {@code doc_id,sentence,start,end,frame,score,cues}. */
public record FrameSentenceRow(String docId, int sentence, int start, int end, String frame, double score, String cues) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.text("frame"), Column.decimal("score", 3), Column.text("cues"));

    @Override
    public List<Object> values() {
        return List.of(docId, sentence, start, end, frame, score, cues);
    }
}
