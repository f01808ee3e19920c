package org.textlens.frames;

import java.util.ArrayList;
import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One frame in one document: {@code doc_id,frame,score,share,present}, and {@code primary} when
 * asked for. {@code score} is the weight of the frame's cues over the square root of the document's
 * length in hundreds of words, {@code share} its part of the weight of all frames' cues.
 */
public record FrameDocumentRow(String docId, String frame, double score, double share, boolean present, boolean primary,
                               boolean withPrimary) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("frame"), Column.decimal("score", 3),
        Column.decimal("share", 3), Column.bool("present"));
    public static final Schema SCHEMA_PRIMARY = Schema.of(Column.text("doc_id"), Column.text("frame"), Column.decimal("score", 3),
        Column.decimal("share", 3), Column.bool("present"), Column.bool("primary"));

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, frame, score, share, present));
        if (withPrimary) {
            v.add(primary);
        }
        return v;
    }
}
