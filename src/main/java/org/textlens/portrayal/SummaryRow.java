package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One document and entity: {@code doc_id,entity,mentions,mean,share_negative,share_neutral,share_positive},
 * where {@code mean} is the mean score of the entity's mentions and the shares are the parts of its
 * mentions with each label. Rows are ordered by mentions (most first), then entity.
 */
public record SummaryRow(String docId, String entity, int mentions, double mean, double shareNegative, double shareNeutral,
                         double sharePositive) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("entity"), Column.integer("mentions"),
        Column.decimal("mean", 4), Column.decimal("share_negative", 4), Column.decimal("share_neutral", 4), Column.decimal("share_positive", 4));

    @Override
    public List<Object> values() {
        return List.of(docId, entity, mentions, mean, shareNegative, shareNeutral, sharePositive);
    }

    static List<SummaryRow> summarize(String docId, List<PortrayalAnalyzer.Portrayed> portrayed) {
        Map<String, Tally> byEntity = new LinkedHashMap<>();
        for (PortrayalAnalyzer.Portrayed p : portrayed) {
            byEntity.computeIfAbsent(p.target().entity(), k -> new Tally()).add(p.portrayal());
        }
        List<SummaryRow> rows = new ArrayList<>(byEntity.size());
        byEntity.forEach((entity, t) -> rows.add(new SummaryRow(docId, entity, t.mentions, t.sum / t.mentions,
            (double) t.negative / t.mentions, (double) t.neutral / t.mentions, (double) t.positive / t.mentions)));
        rows.sort(Comparator.comparingInt(SummaryRow::mentions).reversed().thenComparing(SummaryRow::entity));
        return rows;
    }

    /** Mentions of one entity: how many, their score sum, and how many got each label. */
    static final class Tally {
        int mentions;
        double sum;
        int negative;
        int neutral;
        int positive;

        void add(Portrayal p) {
            mentions++;
            sum += p.score();
            switch (p.label()) {
                case "negative" -> negative++;
                case "positive" -> positive++;
                default -> neutral++;
            }
        }
    }
}
