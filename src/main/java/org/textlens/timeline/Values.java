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

    /**
     * {@code value} (1998, 1998-10, 1998-10-23, 1998-Q3, 1998-W33, with any time) seen at the
     * granularity of unit Y, Q, M, W or D and moved {@code by} units. A value coarser than the
     * unit leaves the finer part unknown ({@code 1998-10-XX}); moved, or for other units, null.
     */
    static String atGranularity(String value, String unit, int by) {
        int y = Integer.parseInt(value.substring(0, 4));
        if (unit.equals("Y")) {
            return year(y + by);
        }
        if (value.length() >= 8 && value.charAt(5) == 'W' && unit.equals("W")) {
            return week(mondayOfWeek(y, Integer.parseInt(value.substring(6, 8))).plusWeeks(by));
        }
        if (value.length() >= 10 && value.charAt(7) == '-') {
            LocalDate d = LocalDate.parse(value.substring(0, 10));
            return switch (unit) {
                case "Q" -> quarter(d.plusMonths(3L * by).getYear(), (d.plusMonths(3L * by).getMonthValue() - 1) / 3 + 1);
                case "M" -> month(YearMonth.from(d).plusMonths(by));
                case "W" -> week(d.plusWeeks(by));
                case "D" -> day(d.plusDays(by));
                default -> null;
            };
        }
        if (value.length() == 7 && Character.isDigit(value.charAt(5))) {
            YearMonth ym = YearMonth.parse(value);
            return switch (unit) {
                case "Q" -> quarter(ym.plusMonths(3L * by).getYear(), (ym.plusMonths(3L * by).getMonthValue() - 1) / 3 + 1);
                case "M" -> month(ym.plusMonths(by));
                case "W" -> by == 0 ? year(y) + "-WXX" : null;
                case "D" -> by == 0 ? value + "-XX" : null;
                default -> null;
            };
        }
        if (value.length() == 7 && value.charAt(5) == 'Q' && unit.equals("Q")) {
            int q = (y * 4 + value.charAt(6) - '1') + by;
            return quarter(Math.floorDiv(q, 4), Math.floorMod(q, 4) + 1);
        }
        if (by != 0) {
            return null;
        }
        String month = value.length() == 7 && Character.isDigit(value.charAt(5)) ? value : year(y) + "-XX";
        return switch (unit) {                                      // "that day" after "in 1998": 1998-XX-XX
            case "Q" -> year(y) + "-QX";
            case "M" -> year(y) + "-XX";
            case "W" -> year(y) + "-WXX";
            case "D" -> month + "-XX";
            default -> null;
        };
    }
}
