package org.textlens.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** TimeML values written from calendar facts: {@code 2023}, {@code 2023-07}, {@code 2023-W29} ... */
final class Values {
    private Values() {
    }

    static String year(int y) {
        return pad(y, 4);
    }

    static String month(YearMonth m) {
        return year(m.getYear()) + "-" + pad(m.getMonthValue(), 2);
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    /** The ISO week of {@code d}: the week-based year can differ from the calendar year. */
    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    static String quarter(int y, int q) {
        return year(y) + "-Q" + q;
    }

    /** The Monday of ISO week {@code week} of week-based year {@code y}. */
    static LocalDate mondayOfWeek(int y, int week) {
        return LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    static String pad(int v, int width) {
        String s = Integer.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(width + 1);
        if (v < 0) {
            b.append('-');
        }
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s).toString();
    }
}
