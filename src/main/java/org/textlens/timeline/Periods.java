package org.textlens.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts timeline expressions per period. An expression counts in a period when the days it
 * covers lie inside that period: "2023-07-18" counts in its day, week, month and year; "July
 * 2023" in its month and year but in no single day or week. Examples are the first three
 * contexts in input order. Memory grows with the number of periods, not of expressions.
 */
public final class Periods {
    private static final int EXAMPLES = 3;

    private final Granularity granularity;
    private final TreeMap<String, Period> periods = new TreeMap<>();

    public Periods(Granularity granularity) {
        this.granularity = granularity;
    }

    private static final class Period {
        final LocalDate from;
        long mentions;
        final Set<String> documents = new HashSet<>();
        final List<String> examples = new ArrayList<>(EXAMPLES);

        Period(LocalDate from) {
            this.from = from;
        }
    }

    public void add(TimelineRow row) {
        if (!row.onTimeline()) {
            return;
        }
        LocalDate from = LocalDate.parse(row.from().orElseThrow());
        LocalDate to = LocalDate.parse(row.to().orElseThrow());
        if (to.isAfter(granularity.last(from))) {
            return;
        }
        Period p = periods.computeIfAbsent(granularity.name(from), k -> new Period(granularity.first(from)));
        p.mentions++;
        p.documents.add(row.docId());
        if (p.examples.size() < EXAMPLES && !p.examples.contains(row.context())) {
            p.examples.add(row.context());
        }
    }

    public List<PeriodRow> rows() {
        List<PeriodRow> out = new ArrayList<>(periods.size());
        periods.forEach((name, p) -> out.add(new PeriodRow(name, p.from.toString(), granularity.last(p.from).toString(),
            p.mentions, p.documents.size(), String.join(" | ", p.examples))));
        return out;
    }
}
