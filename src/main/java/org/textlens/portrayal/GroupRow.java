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
 * One group and entity across documents ({@code --summary --group-field NAME}):
 * {@code group,entity,documents,mentions,mean,ci_low,ci_high,share_negative,share_neutral,share_positive}.
 * {@code mean} is the mean score over all the entity's mentions in the group's documents,
 * {@code ci_low}/{@code ci_high} its 95% bootstrap interval ({@link Bootstrap}). Rows are ordered by
 * group, then mentions (most first), then entity.
 */
public record GroupRow(String group, String entity, int documents, int mentions, double mean, double ciLow, double ciHigh,
                       double shareNegative, double shareNeutral, double sharePositive) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("group"), Column.text("entity"), Column.integer("documents"),
        Column.integer("mentions"), Column.decimal("mean", 4), Column.decimal("ci_low", 4), Column.decimal("ci_high", 4),
        Column.decimal("share_negative", 4), Column.decimal("share_neutral", 4), Column.decimal("share_positive", 4));

    @Override
    public List<Object> values() {
        return List.of(group, entity, documents, mentions, mean, ciLow, ciHigh, shareNegative, shareNeutral, sharePositive);
    }

    /** Collects document tallies in input order and makes the rows at the end. Not thread-safe: feed it from one thread. */
    public static final class Collector {
        private final Map<List<String>, List<DocumentTally>> byKey = new LinkedHashMap<>();

        public void add(DocumentTally t) {
            byKey.computeIfAbsent(List.of(t.group(), t.entity()), k -> new ArrayList<>()).add(t);
        }

        public List<GroupRow> rows() {
            List<GroupRow> rows = new ArrayList<>(byKey.size());
            byKey.forEach((key, docs) -> rows.add(row(key.get(0), key.get(1), docs)));
            rows.sort(Comparator.comparing(GroupRow::group).thenComparing(Comparator.comparingInt(GroupRow::mentions).reversed())
                .thenComparing(GroupRow::entity));
            return rows;
        }

        private static GroupRow row(String group, String entity, List<DocumentTally> docs) {
            double[] sums = new double[docs.size()];
            int[] counts = new int[docs.size()];
            int mentions = 0;
            double sum = 0;
            int negative = 0;
            int neutral = 0;
            int positive = 0;
            for (int i = 0; i < docs.size(); i++) {
                DocumentTally d = docs.get(i);
                sums[i] = d.sum();
                counts[i] = d.mentions();
                mentions += d.mentions();
                sum += d.sum();
                negative += d.negative();
                neutral += d.neutral();
                positive += d.positive();
            }
            double[] ci = Bootstrap.interval(sums, counts, group + "\t" + entity);
            return new GroupRow(group, entity, docs.size(), mentions, sum / mentions, ci[0], ci[1], (double) negative / mentions,
                (double) neutral / mentions, (double) positive / mentions);
        }
    }
}
