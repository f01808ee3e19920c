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
                               boolean withPrimary, String evidence) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("frame"), Column.decimal("score", 3),
        Column.decimal("share", 3), Column.bool("present"));
    public static final Schema SCHEMA_PRIMARY = Schema.of(Column.text("doc_id"), Column.text("frame"), Column.decimal("score", 3),
        Column.decimal("share", 3), Column.bool("present"), Column.bool("primary"));

    public FrameDocumentRow(String docId, String frame, double score, double share, boolean present, boolean primary,
                            boolean withPrimary) {
        this(docId, frame, score, share, present, primary, withPrimary, null);
    }

    /** The columns of rows with or without {@code primary} and {@code evidence}. */
    public static Schema schema(boolean primary, boolean evidence) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("doc_id"), Column.text("frame"), Column.decimal("score", 3),
            Column.decimal("share", 3), Column.bool("present")));
        if (primary) {
            columns.add(Column.bool("primary"));
        }
        if (evidence) {
            columns.add(Column.text("evidence"));
        }
        return Schema.of(columns.toArray(Column[]::new));
    }

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, frame, score, share, present));
        if (withPrimary) {
            v.add(primary);
        }
        if (evidence != null) {
            v.add(evidence);
        }
        return v;
    }
}
