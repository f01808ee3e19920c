package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One cross-validated figure, as {@code textlens train} reports it: {@code system,metric,label,support,value}.
 * {@code system} is {@code model} or {@code rules} (the rule-based analyser on the same folds),
 * {@code metric} one of {@code precision}, {@code recall}, {@code f1} (with the class or frame in
 * {@code label}), {@code macro_f1}, {@code accuracy} or {@code pearson_r}; {@code support} the
 * number of gold instances it was measured on.
 */
public record MetricRow(String system, String metric, String label, int support, double value) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("system"), Column.text("metric"), Column.text("label"),
        Column.integer("support"), Column.decimal("value", 4));

    @Override
    public List<Object> values() {
        return List.of(system, metric, label, support, value);
    }

    /** Per-class precision, recall and F1, then macro-F1 and accuracy. */
    public static List<MetricRow> of(String system, ClassMetrics m) {
        List<MetricRow> rows = new ArrayList<>();
        for (ClassMetrics.PerClass c : m.classes()) {
            rows.add(new MetricRow(system, "precision", c.label(), c.support(), c.precision()));
            rows.add(new MetricRow(system, "recall", c.label(), c.support(), c.recall()));
            rows.add(new MetricRow(system, "f1", c.label(), c.support(), c.f1()));
        }
        rows.add(new MetricRow(system, "macro_f1", "", m.count(), m.macroF1()));
        rows.add(new MetricRow(system, "accuracy", "", m.count(), m.accuracy()));
        return rows;
    }
}
