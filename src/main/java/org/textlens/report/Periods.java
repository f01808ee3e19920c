package org.textlens.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Calendar periods for charts over time, chosen from the span of the dates so a chart has a
 * readable number of columns: days up to two months, ISO weeks up to two years, months beyond
 * (and years, for charts that ask for the coarsest period that fits).
 */
public enum Periods {
    DAY, WEEK, MONTH, YEAR;

    /** The finest period in which {@code first..last} takes at most {@code columns} periods. */
    public static Periods fitting(LocalDate first, LocalDate last, int columns) {
        for (Periods p : values()) {
            if (p.count(first, last) <= columns) {
                return p;
            }
        }
        return YEAR;
    }

    /** Periods from the one holding {@code first} to the one holding {@code last}, both included. */
    public long count(LocalDate first, LocalDate last) {
        LocalDate a = start(first);
        LocalDate b = start(last);
        return 1 + switch (this) {
            case DAY -> ChronoUnit.DAYS.between(a, b);
            case WEEK -> ChronoUnit.WEEKS.between(a, b);
            case MONTH -> ChronoUnit.MONTHS.between(a, b);
            case YEAR -> ChronoUnit.YEARS.between(a, b);
        };
    }

    public static Periods forSpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 62 ? DAY : days <= 731 ? WEEK : MONTH;
    }

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The period's name as TimeML writes it: 2023-07-18, 2023-W29, 2023-07. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
