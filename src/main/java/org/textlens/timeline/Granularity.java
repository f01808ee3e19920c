package org.textlens.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** The periods of {@code --group-by}: a day, an ISO week, a month or a year. */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR;

    /** The name of the period holding {@code d}: 2023-07-18, 2023-W29, 2023-07, 2023. */
    String name(LocalDate d) {
        return switch (this) {
            case DAY -> d.toString();
            case WEEK -> Values.week(d);
            case MONTH -> Values.month(YearMonth.from(d));
            case YEAR -> Values.year(d.getYear());
        };
    }

    LocalDate first(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    LocalDate last(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.SUNDAY);
            case MONTH -> YearMonth.from(d).atEndOfMonth();
            case YEAR -> d.withDayOfYear(d.lengthOfYear());
        };
    }
}
