package org.textlens.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts timeline expressions per period. An expression counts in a period when the days it
 * covers lie inside that period: "2023-07-18" counts in its day, week, month and year; "July
 * 2023" in its month and year but in no single day or week. Examples are the first three
 * contexts in input order. Memory grows with the number of periods, not of expressions.
 */
public final class Periods {
    /** Examples shown per period. */
    public static final int EXAMPLES = 3;

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

    /** A period: its name (2023-07-18, 2023-W29, 2023-07, 2023) and its first day. */
    public record Slot(String name, LocalDate first) implements java.io.Serializable {
    }

    public void add(TimelineRow row) {
        slot(row).ifPresent(slot -> {
            Period p = periods.computeIfAbsent(slot.name(), k -> new Period(slot.first()));
            p.mentions++;
            p.documents.add(row.docId());
            if (p.examples.size() < EXAMPLES && !p.examples.contains(row.context())) {
                p.examples.add(row.context());
            }
        });
    }

    /** The period {@code row} counts in, if any: a dated expression whose days lie inside one period. */
    public Optional<Slot> slot(TimelineRow row) {
        if (!row.onTimeline()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.parse(row.from().orElseThrow());
        LocalDate to = LocalDate.parse(row.to().orElseThrow());
        return to.isAfter(granularity.last(from)) ? Optional.empty()
            : Optional.of(new Slot(granularity.name(from), granularity.first(from)));
    }

    /**
     * The row of a period from counts made elsewhere (the Spark job adds them up across partitions,
     * ordered by name as here); {@code examples} are the first distinct contexts in input order, of
     * which it keeps as many as the CLI shows.
     */
    public PeriodRow row(Slot slot, long mentions, long documents, List<String> examples) {
        return new PeriodRow(slot.name(), slot.first().toString(), granularity.last(slot.first()).toString(), mentions, documents,
            String.join(" | ", examples.subList(0, Math.min(EXAMPLES, examples.size()))));
    }

    public List<PeriodRow> rows() {
        List<PeriodRow> out = new ArrayList<>(periods.size());
        periods.forEach((name, p) -> out.add(row(new Slot(name, p.from), p.mentions, p.documents.size(), p.examples)));
        return out;
    }
}
