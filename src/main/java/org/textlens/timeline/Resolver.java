package org.textlens.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar choices against the document date: which year "in May" means, which Friday "Friday"
 * means. The tense of the clause decides (past before the document date, future after); without
 * a tense the nearer reading wins for months, and the past one for weekdays, as news reports
 * mostly tell what happened. The tense is asked for only when the choice depends on it, since
 * finding it may run the part-of-speech tagger.
 */
record Resolver(LocalDate anchor) {
    /**
     * A date within about three months of the document date is taken in the document's year
     * whatever the tense: measured on TimeBank/AQUAINT, tense helps only beyond that distance.
     */
    static final int NEAR_DAYS = 92;
    static final int NEAR_MONTHS = 2;

    int yearOfMonth(int month, ClauseTense tense) {
        int y = anchor.getYear();
        int diff = month - anchor.getMonthValue();
        if (Math.abs(diff) <= NEAR_MONTHS) {
            return y;
        }
        return switch (tense.get()) {
            case PAST -> diff > 0 ? y - 1 : y;
            case FUTURE -> diff < 0 ? y + 1 : y;
            default -> diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
        };
    }

    /** The date of month/day in the year the tense points to; Feb 29 moves to the nearest leap year in that direction. */
    LocalDate dateOf(int month, int day, ClauseTense tenseOfClause) {
        int y = anchor.getYear();
        LocalDate here = validOrNull(y, month, day);
        if (here == null && !(month == 2 && day == 29)) {
            return null;
        }
        Tense tense = here == null ? tenseOfClause.get() : Tense.NONE;
        int step = tense == Tense.FUTURE ? 1 : -1;
        if (here != null) {
            int cmp = here.compareTo(anchor);
            long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(anchor, here));
            if (gap <= NEAR_DAYS) {
                return here;
            }
            tense = tenseOfClause.get();
            if (tense == Tense.PAST && cmp > 0 || tense == Tense.FUTURE && cmp < 0
                || (tense == Tense.PRESENT || tense == Tense.NONE) && gap > 183) {
                y += cmp > 0 ? -1 : 1;
            } else {
                return here;
            }
            step = cmp > 0 ? -1 : 1;
        }
        for (int k = 0; k < 8; k++, y += step) {
            LocalDate d = validOrNull(y, month, day);
            if (d != null && (tense != Tense.PAST || !d.isAfter(anchor)) && (tense != Tense.FUTURE || !d.isBefore(anchor))) {
                return d;
            }
        }
        return null;
    }

    static LocalDate validOrNull(int y, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, month, day);
    }

    /** The weekday {@code dow} (1 = Monday) nearest the anchor in the tense's direction. */
    LocalDate weekday(int dow, ClauseTense tense) {
        DayOfWeek day = DayOfWeek.of(dow);
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
        if (before.equals(after)) {
            return before;
        }
        return switch (tense.get(true)) {
            case FUTURE -> after;
            case PRESENT -> after.toEpochDay() - anchor.toEpochDay() <= anchor.toEpochDay() - before.toEpochDay() ? after : before;
            default -> before;
        };
    }

    /** "last Friday" (-1), "this Friday" (0), "next Friday" (1). */
    LocalDate shiftedWeekday(int dow, int shift) {
        DayOfWeek day = DayOfWeek.of(dow);
        if (shift < 0) {
            return anchor.with(TemporalAdjusters.previous(day));
        }
        if (shift > 0) {
            return anchor.with(TemporalAdjusters.next(day));
        }
        return anchor.with(DayOfWeek.MONDAY).plusDays(dow - 1L);
    }

    /**
     * "last Oct. 23" (-1): the last one before the document date; "next March 5" (1): the first
     * one after it; "this March 5" (0): the one of the document's year.
     */
    LocalDate shiftedDate(int month, int day, int shift) {
        int y = anchor.getYear();
        for (int k = 0; k < 8; k++, y += shift) {
            LocalDate d = validOrNull(y, month, day);
            if (d != null && (shift == 0 || shift < 0 && d.isBefore(anchor) || shift > 0 && d.isAfter(anchor))) {
                return d;
            }
            if (shift == 0) {
                return null;
            }
        }
        return null;
    }

    /** "last March", "this March", "next March". */
    int yearOfShiftedMonth(int month, int shift) {
        int y = anchor.getYear();
        if (shift < 0) {
            return month < anchor.getMonthValue() ? y : y - 1;
        }
        if (shift > 0) {
            return month > anchor.getMonthValue() ? y : y + 1;
        }
        return y;
    }

    /** The first month of the season the anchor is in: 3, 6, 9 or 12 (December starts winter). */
    static int seasonStart(int month) {
        return month == 12 || month <= 2 ? 12 : (month / 3) * 3;
    }

    /** The year of a season code (SP, SU, FA, WI) shifted by -1, 0, 1 or chosen by tense (shift null). */
    int yearOfSeason(String season, Integer shift, ClauseTense tense) {
        int start = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        // seasons as indexes in months since year 0, winter counted in the year it starts
        int anchorYearOfSeason = anchor.getMonthValue() <= 2 ? anchor.getYear() - 1 : anchor.getYear();
        int current = anchorYearOfSeason * 12 + seasonStart(anchor.getMonthValue());
        int thisYear = anchorYearOfSeason * 12 + start;
        int y = anchorYearOfSeason;
        if (shift != null) {
            if (shift < 0) {
                return thisYear < current ? y : y - 1;
            }
            if (shift > 0) {
                return thisYear > current ? y : y + 1;
            }
            return y;
        }
        if (thisYear == current) {
            return y;
        }
        return switch (tense.get()) {
            case PAST -> thisYear > current ? y - 1 : y;
            case FUTURE -> thisYear < current ? y + 1 : y;
            default -> y;
        };
    }

    /** The year of quarter {@code q} without a year: the latest one begun by the anchor, unless the tense is future. */
    int yearOfQuarter(int q, ClauseTense tense) {
        int y = anchor.getYear();
        int current = (anchor.getMonthValue() - 1) / 3 + 1;
        return q > current && tense.get(true) != Tense.FUTURE ? y - 1 : y;
    }
}
