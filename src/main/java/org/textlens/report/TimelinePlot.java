package org.textlens.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.ColumnChart;
import org.textlens.report.chart.Palette;
import org.textlens.timeline.Granularity;
import org.textlens.timeline.PeriodRow;
import org.textlens.timeline.TimelineRow;

/**
 * The chart of dated mentions over time, for the report and for {@code timeline --plot}. Rows are
 * grouped at every granularity as {@code timeline --group-by} groups them; the chart uses the finest
 * in which the span of the mentions takes at most {@value #MAX_COLUMNS} periods, with empty periods
 * filled in so the axis is a time axis.
 */
public final class TimelinePlot {
    static final int MAX_COLUMNS = 60;

    private final Map<Granularity, org.textlens.timeline.Periods> grouped = new EnumMap<>(Granularity.class);
    private long mentions;
    private LocalDate first;
    private LocalDate last;

    public TimelinePlot() {
        for (Granularity g : Granularity.values()) {
            grouped.put(g, new org.textlens.timeline.Periods(g));
        }
    }

    /** Adds a row of {@code timeline}; only dated DATE and TIME expressions count, as on the timeline. */
    public void add(TimelineRow row) {
        if (!row.onTimeline()) {
            return;
        }
        mentions++;
        grouped.values().forEach(p -> p.add(row));
        LocalDate from = LocalDate.parse(row.from().orElseThrow());
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || from.isAfter(last) ? from : last;
    }

    /** A chart that says there is nothing to draw, for --plot on a corpus without dated mentions. */
    public static Chart empty() {
        return new ColumnChart("Dated mentions", "No dated temporal expression was found.", "period", "mentions", List.of(),
            Palette.ORANGE, new Chart.DataTable(List.of("period", "mentions"), List.of()));
    }

    /** The chart, or empty when no dated expression was added. */
    public Optional<Chart> chart() {
        if (mentions == 0) {
            return Optional.empty();
        }
        return Optional.of(chart(first, last, mentions, grouped.get(granularity(first, last)).rows()));
    }

    /** The granularity the chart uses for mentions from {@code first} to {@code last}. */
    static Granularity granularity(LocalDate first, LocalDate last) {
        return Granularity.valueOf(Periods.fitting(first, last, MAX_COLUMNS).name());
    }

    /** The chart of {@code mentions} dated mentions from {@code first} to {@code last}, from the rows of {@link #granularity}. */
    static Chart chart(LocalDate first, LocalDate last, long mentions, List<PeriodRow> grouped) {
        Periods periods = Periods.fitting(first, last, MAX_COLUMNS);
        Map<String, PeriodRow> rows = new HashMap<>();
        grouped.forEach(r -> rows.put(r.period(), r));
        List<ColumnChart.Column> columns = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        long counted = 0;
        for (LocalDate p = periods.start(first); !p.isAfter(last); p = periods.next(p)) {
            String name = periods.label(p);
            PeriodRow r = rows.get(name);
            long n = r == null ? 0 : r.mentions();
            counted += n;
            columns.add(new ColumnChart.Column(name, n, name + ": " + Numbers.count(n, "mention")
                + (r == null ? "" : " in " + Numbers.count(r.documents(), "document") + (r.examples().isEmpty() ? "" : "; e.g. " + r.examples()))));
            if (r != null) {
                table.add(List.of(r.period(), r.from(), r.to(), Long.toString(r.mentions()), Long.toString(r.documents()), r.examples()));
            }
        }
        long coarser = mentions - counted;
        return new ColumnChart("Dated mentions by " + periods.noun(),
            Numbers.count(counted, "dated mention") + " from " + periods.label(periods.start(first)) + " to " + periods.label(periods.start(last))
                + ", per " + periods.noun() + ", as textlens timeline --group-by " + periods.noun() + " counts them"
                + (coarser > 0 ? "; " + Numbers.count(coarser, "mention") + " of a longer period (such as a whole year) not counted." : "."),
            periods.noun(), "mentions", columns, Palette.ORANGE,
            new Chart.DataTable(List.of("period", "from", "to", "mentions", "documents", "examples"), table));
    }
}
