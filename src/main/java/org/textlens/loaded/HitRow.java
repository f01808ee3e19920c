package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One hit: {@code doc_id,sentence,start,end,term,category,weight,alternative,reason} (+{@code speaker},
 * who is quoted when the hit stands inside a direct quotation, empty for the document's own words;
 * +{@code context}, the sentence's text). {@code term} is the text as written in the document. Not written: {@code
 * document}, a number that tells this row's document from every other one of the run (two records
 * may share an id), and {@code sentenceKey}, a 64-bit hash of the sentence's text; both serve
 * {@link RepeatedSentences}.
 */
public record HitRow(String docId, int sentence, int start, int end, String term, String category, double weight,
                     String alternative, String reason, Optional<String> speaker, Optional<String> explanation,
                     Optional<String> context, long document,
                     long sentenceKey) implements Row {
    private static final List<Column> COLUMNS = List.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.text("term"), Column.text("category"), Column.decimal("weight", 2),
        Column.text("alternative"), Column.text("reason"));

    public static final Schema SCHEMA = schema(false, false, false);
    public static final Schema SCHEMA_CONTEXT = schema(false, false, true);

    /** The columns of hit rows: with {@code speakers} the {@code speaker} column, with {@code context} the {@code context} column. */
    public static Schema schema(boolean speakers, boolean context) {
        return schema(speakers, false, context);
    }

    /** ... and with {@code explanation} the {@code explanation} column (the features that decided a learned span). */
    public static Schema schema(boolean speakers, boolean explanation, boolean context) {
        List<Column> columns = new ArrayList<>(COLUMNS);
        if (speakers) {
            columns.add(Column.text("speaker"));
        }
        if (explanation) {
            columns.add(Column.text("explanation"));
        }
        if (context) {
            columns.add(Column.text("context"));
        }
        return Schema.of(columns.toArray(Column[]::new));
    }

    public HitRow withSpeaker(String name) {
        return new HitRow(docId, sentence, start, end, term, category, weight, alternative, reason, Optional.of(name), explanation,
            context, document, sentenceKey);
    }

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, sentence, start, end, term, category, weight, alternative, reason));
        speaker.ifPresent(v::add);
        explanation.ifPresent(v::add);
        context.ifPresent(v::add);
        return v;
    }
}
