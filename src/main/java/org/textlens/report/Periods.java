package org.textlens.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Calendar periods for charts over time, chosen from the span of the dates so a chart has a
 * readable number of columns: days up to two months, ISO weeks up to two years, months beyond.
 */
public enum Periods {
    DAY, WEEK, MONTH;

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
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The period's name as TimeML writes it: 2023-07-18, 2023-W29, 2023-07. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    public String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
