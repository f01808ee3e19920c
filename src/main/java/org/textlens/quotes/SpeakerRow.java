package org.textlens.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.attribution.Statement;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One speaker of one document: {@code doc_id,speaker,statements,direct,indirect,words,share}, where
 * {@code words} counts the words of their statements and {@code share} is their part of all words
 * attributed in the document. Rows are ordered by words, then statements (most first), then
 * speaker; statements without a speaker are summed under an empty speaker.
 */
public record SpeakerRow(String docId, String speaker, int statements, int direct, int indirect, int words, double share) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("speaker"), Column.integer("statements"),
        Column.integer("direct"), Column.integer("indirect"), Column.integer("words"), Column.decimal("share", 4));

    @Override
    public List<Object> values() {
        return List.of(docId, speaker, statements, direct, indirect, words, share);
    }

    static List<SpeakerRow> summarize(String docId, List<Statement> statements) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        int total = 0;
        for (Statement s : statements) {
            int[] t = tally.computeIfAbsent(s.speakerName(), k -> new int[3]);
            t[s.kind() == Statement.Kind.DIRECT ? 0 : 1]++;
            t[2] += s.words();
            total += s.words();
        }
        List<SpeakerRow> rows = new ArrayList<>(tally.size());
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            rows.add(new SpeakerRow(docId, e.getKey(), t[0] + t[1], t[0], t[1], t[2], total == 0 ? 0 : (double) t[2] / total));
        }
        rows.sort(Comparator.comparingInt(SpeakerRow::words).reversed().thenComparing(Comparator.comparingInt(SpeakerRow::statements).reversed())
            .thenComparing(SpeakerRow::speaker));
        return rows;
    }
}
