package org.textlens.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TimeML value covers, first and last inclusive: {@code 2023-W29} is
 * 2023-07-17..2023-07-23, {@code 2023-SU} 2023-06-01..2023-08-31 (meteorological seasons, winter
 * running into the next year), {@code 199X} 1990..1999, {@code 19} 1900..1999. Values without a
 * position in time (durations, PRESENT_REF, anything with an X) have none.
 */
record ValueRange(LocalDate from, LocalDate to) {
    private static final Pattern SHAPE = Pattern.compile(
        "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})(-WE|-[1-7])?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?(?:T.*)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");  // TimeML's 199; 199X accepted too
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    static Optional<ValueRange> of(String value) {
        try {
            return Optional.ofNullable(parse(value));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ValueRange parse(String value) {
        Matcher m = SHAPE.matcher(value);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new ValueRange(d, d);
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
                return new ValueRange(ym.atDay(1), ym.atEndOfMonth());
            }
            if (m.group(4) != null) {
                LocalDate monday = Values.mondayOfWeek(y, Integer.parseInt(m.group(4)));
                String part = m.group(5);
                if (part == null) {
                    return new ValueRange(monday, monday.plusDays(6));
                }
                if (part.equals("-WE")) {
                    return new ValueRange(monday.plusDays(5), monday.plusDays(6));
                }
                LocalDate d = monday.plusDays(Integer.parseInt(part.substring(1)) - 1L);
                return new ValueRange(d, d);
            }
            if (m.group(6) != null) {
                int q = Integer.parseInt(m.group(6));
                YearMonth first = YearMonth.of(y, 3 * q - 2);
                return new ValueRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (m.group(7) != null) {
                YearMonth first = YearMonth.of(y, m.group(7).equals("1") ? 1 : 7);
                return new ValueRange(first.atDay(1), first.plusMonths(5).atEndOfMonth());
            }
            if (m.group(8) != null) {
                YearMonth first = YearMonth.of(y, switch (m.group(8)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                });
                return new ValueRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            return new ValueRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        Matcher d = DECADE.matcher(value);
        if (d.matches()) {
            int y = Integer.parseInt(d.group(1)) * 10;
            return new ValueRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
        }
        Matcher c = CENTURY.matcher(value);
        if (c.matches()) {
            int y = Integer.parseInt(c.group(1)) * 100;
            return new ValueRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
        }
        return null;
    }
}
