package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One hit: {@code doc_id,sentence,start,end,term,category,weight,alternative,reason} (+{@code context},
 * the sentence's text). {@code term} is the text as written in the document. Not written: {@code
 * document}, a number that tells this row's document from every other one of the run (two records
 * may share an id), and {@code sentenceKey}, a 64-bit hash of the sentence's text; both serve
 * {@link RepeatedSentences}.
 */
public record HitRow(String docId, int sentence, int start, int end, String term, String category, double weight,
                     String alternative, String reason, Optional<String> context, long document, long sentenceKey) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.text("term"), Column.text("category"), Column.decimal("weight", 2),
        Column.text("alternative"), Column.text("reason"));
    public static final Schema SCHEMA_CONTEXT = Schema.of(Column.text("doc_id"), Column.integer("sentence"), Column.integer("start"),
        Column.integer("end"), Column.text("term"), Column.text("category"), Column.decimal("weight", 2),
        Column.text("alternative"), Column.text("reason"), Column.text("context"));

    @Override
    public List<Object> values() {
        List<Object> v = new ArrayList<>(List.of(docId, sentence, start, end, term, category, weight, alternative, reason));
        context.ifPresent(v::add);
        return v;
    }
}
