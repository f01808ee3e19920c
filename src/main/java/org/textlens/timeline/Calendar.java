package org.textlens.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The DATE and TIME actions of patterns.txt for one match. Without a document date, anything
 * relative keeps an underspecified value ({@code XXXX-05}, {@code XXXX-WXX-5}) and says so.
 */
final class Calendar {
    private final Normalizer n;
    private final MatchView m;
    private final Optional<LocalDate> anchor;
    private final ClauseTense tense;
    private final Discourse discourse;

    Calendar(Normalizer n, MatchView m, Optional<LocalDate> anchor, ClauseTense tense, Discourse discourse) {
        this.n = n;
        this.m = m;
        this.anchor = anchor;
        this.tense = tense;
        this.discourse = discourse;
    }

    private Normalized date(String value) {
        return Normalized.of(TimexType.DATE, value).withMod(n.edgeMod(m));
    }

    private Normalized unanchored(TimexType type, String value) {
        return Normalized.of(type, value).withMod(n.edgeMod(m)).asUnanchored();
    }

    private Resolver resolver() {
        return new Resolver(anchor.orElseThrow());
    }

    /** The year written in the expression, in digits or spoken ("nineteen ninety-six"); -1 if none. */
    private int explicitYear() {
        int t = m.find(n.year);
        if (t >= 0) {
            return (int) m.tokens.number[t];
        }
        long spoken = spokenYear(m.find(n.num) >= 0 ? m.find(n.num) : m.match.end());
        return (int) spoken;
    }

    /** "nineteen ninety-six", "two thousand one", from token {@code from} on; -1 when the words are not a year. */
    private long spokenYear(int from) {
        long[] parts = new long[3];
        int k = 0;
        for (int t = from; t < m.match.end() && k < 3; t++) {
            WordEntry e = m.tokens.entry[t];
            String v = e == null ? null : e.value(n.num);
            if (v != null) {
                parts[k++] = Long.parseLong(v);
            }
        }
        long y;
        if (k >= 1 && parts[0] == 1000 || k >= 2 && parts[1] == 1000) {
            y = (parts[0] == 1000 ? 1 : parts[0]) * 1000 + (parts[0] == 1000 ? parts[1] : parts[2]);
        } else if ((parts[0] == 19 || parts[0] == 20 || parts[0] == 18) && k >= 2 && parts[1] >= 10 && parts[1] % 10 == 0) {
            y = parts[0] * 100 + parts[1] + (k == 3 && parts[2] < 10 ? parts[2] : 0);
        } else {
            return -1;
        }
        return y < 1000 || y > 2199 ? -1 : y;
    }

    Normalized fullDate() {
        LocalDate d = Resolver.validOrNull(explicitYear(), m.intValue(n.month), (int) m.number(n.dayNum));
        return d == null ? null : date(Values.day(d));
    }

    Normalized monthDay() {
        int mo = m.intValue(n.month);
        int day = (int) m.number(n.dayNum);
        if (Resolver.validOrNull(2024, mo, day) == null) {
            return null;
        }
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-" + Values.pad(mo, 2) + "-" + Values.pad(day, 2));
        }
        String shift = m.value(n.shift);
        LocalDate d = shiftedYear() != 0 ? Resolver.validOrNull(shiftedYear(), mo, day)
            : shift != null ? resolver().shiftedDate(mo, day, Integer.parseInt(shift)) : resolver().dateOf(mo, day, tense);
        String wd = m.value(n.weekday);
        if (d != null && wd != null && d.getDayOfWeek().getValue() != Integer.parseInt(wd)) {
            for (int dy : new int[] {-1, 1, -2, 2}) {
                LocalDate other = Resolver.validOrNull(d.getYear() + dy, mo, day);
                if (other != null && other.getDayOfWeek().getValue() == Integer.parseInt(wd)) {
                    d = other;
                    break;
                }
            }
        }
        return d == null ? null : date(Values.day(d));
    }

    Normalized numericDate() {
        int t = m.find(n.numericDate);
        String s = new String(m.text, m.tokens.start[t], m.tokens.end[t] - m.tokens.start[t]);
        String[] p = s.split("[-/.]");
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        int c = Integer.parseInt(p[2]);
        LocalDate d;
        if (p[0].length() == 4) {
            d = Resolver.validOrNull(a, b, c);                       // 1998-08-07
        } else if (s.indexOf('/') > 0) {
            d = Resolver.validOrNull(fullYear(p[2], c), a, b);       // 8/7/1998, US order
        } else {
            d = Resolver.validOrNull(fullYear(p[2], c), b, a);       // 07.08.1998, 07-08-1998
        }
        return d == null ? null : date(Values.day(d));
    }

    private int fullYear(String written, int y) {
        if (written.length() == 4) {
            return y;
        }
        if (written.length() != 2) {
            return -1;
        }
        int pivot = anchor.map(a -> a.getYear() % 100 + 10).orElse(30);
        return y <= pivot ? 2000 + y : 1900 + y;
    }

    Normalized monthYear() {
        int y = explicitYear();
        return date(Values.month(YearMonth.of(y, m.intValue(n.month))));
    }

    Normalized month() {
        int mo = m.intValue(n.month);
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-" + Values.pad(mo, 2));
        }
        String s = m.value(n.shift);
        int y = shiftedYear() != 0 ? shiftedYear()
            : s == null ? resolver().yearOfMonth(mo, tense) : resolver().yearOfShiftedMonth(mo, Integer.parseInt(s));
        return date(Values.month(YearMonth.of(y, mo)));
    }

    /** The year of "June last year", "Oct. 3 this year" (0 when the expression names no such year): the document's year shifted. */
    private int shiftedYear() {
        String s = m.value(n.shift);
        return s != null && m.hasWord("year") && anchor.isPresent() ? anchor.get().getYear() + Integer.parseInt(s) : 0;
    }

    /** nineteen ninety-six, the year two thousand. */
    Normalized spokenYear() {
        long y = spokenYear(m.match.first());
        return y < 0 ? null : date(Values.year((int) y));
    }

    /** the latest quarter (offset 0), the year-ago quarter (offset -1 year): the last quarter ended before the document date. */
    Normalized latestQuarter(int years) {
        if (discourse.lastQuarter().isPresent()) {                  // the quarter the article is about
            String q = discourse.lastQuarter().get();
            return date(Values.quarter(Integer.parseInt(q.substring(0, 4)) + years, q.charAt(6) - '0'));
        }
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-QX");
        }
        LocalDate d = anchor.get().minusMonths(3).plusYears(years);
        return date(Values.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
    }

    /**
     * "the year", "the fiscal year": in news the year being reported, the document's; a year
     * "ended", "ending", "to" or "through" a date is the length of a reporting period ("for the
     * year ended Sept. 30", "in the year to September"), a duration.
     */
    Normalized theYear() {
        int after = m.match.end();
        if (after < m.tokens.size && m.tokens.segment[after] == m.tokens.segment[after - 1]) {
            String w = m.word(after);
            if (w.equals("ended") || w.equals("ending") || w.equals("to") || w.equals("through")) {
                return Normalized.of(TimexType.DURATION, "P1Y");
            }
        }
        return anchor.isEmpty() ? unanchored(TimexType.DATE, "XXXX") : date(Values.year(anchor.get().getYear()));
    }

    /** "by year-end", "at year's end": the end of the document's year; "since year-end", of the year before. */
    Normalized yearEnd() {
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX").withMod("END");
        }
        int before = m.match.first() - 1;
        boolean since = before >= 0 && m.tokens.segment[before] == m.tokens.segment[m.match.first()] && m.word(before).equals("since");
        return date(Values.year(anchor.get().getYear() - (since ? 1 : 0))).withMod("END");
    }

    Normalized year() {
        return date(Values.year(explicitYear()));
    }

    /**
     * A decade: {@code 199X} for "1990s", and TimeML's three-digit {@code 199} for "the 1990s",
     * the two forms the TempEval corpora use.
     */
    Normalized decade() {
        String dec;
        if (m.find(n.decadeWord) >= 0) {
            dec = m.value(n.decadeWord);
        } else {
            long d = m.number(n.decade);
            dec = Long.toString(d >= 100 ? d / 10 : (d >= 20 ? 190 + d / 10 : 200 + d / 10));
        }
        return date(m.hasWord("the") ? dec : dec + "X");
    }

    Normalized century() {
        int c = m.intOrdinal(n.ord);
        return c < 1 ? null : date(Values.pad(c - 1, 2));
    }

    private int yearFromContext(java.util.function.IntBinaryOperator byTense, int part) {
        int y = explicitYear();
        if (y > 0) {
            return y;
        }
        String s = m.value(n.shift);
        if (s != null && m.hasWord("year")) {
            return anchor.map(a -> a.getYear() + Integer.parseInt(s)).orElse(-1);
        }
        return anchor.isEmpty() ? -1 : byTense.applyAsInt(part, 0);
    }

    Normalized quarter() {
        String s = m.value(n.shift);
        if (s != null && !m.hasWord("year") && m.find(n.ord) < 0) { // this quarter, last quarter
            if (anchor.isEmpty()) {
                return unanchored(TimexType.DATE, "XXXX-QX");
            }
            LocalDate d = anchor.get().plusMonths(3L * Integer.parseInt(s));
            return date(Values.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
        }
        int q = m.intOrdinal(n.ord);
        q = q == -1 ? 4 : q;
        if (q < 1 || q > 4) {
            return null;
        }
        int y = yearFromContext((part, x) -> resolver().yearOfQuarter(part, tense), q);
        if (y > 0 && (m.hasWord("ago") || m.hasWord("earlier"))) {
            y--;                                                // the year-ago third quarter
        }
        return y < 0 ? unanchored(TimexType.DATE, "XXXX-Q" + q) : date(Values.quarter(y, q));
    }

    /** the 1988 period: the quarter the document is about, in that year; else the year. */
    Normalized quarterOfYear() {
        int y = explicitYear();
        return discourse.lastQuarter().map(q -> date(Values.quarter(y, q.charAt(6) - '0'))).orElseGet(() -> date(Values.year(y)));
    }

    Normalized half() {
        int h = m.intOrdinal(n.ord);
        h = h == -1 || h == 2 ? 2 : h == 1 ? 1 : 0;
        if (h == 0) {
            return null;
        }
        int hh = h;
        int y = yearFromContext((part, x) -> resolver().yearOfQuarter(part == 1 ? 1 : 3, tense), hh);
        return y < 0 ? unanchored(TimexType.DATE, "XXXX-H" + h) : Normalized.of(TimexType.DATE, Values.year(y) + "-H" + h);
    }

    Normalized season() {
        String code = m.value(n.season);
        int y = explicitYear();
        if (y < 0) {
            if (anchor.isEmpty()) {
                return unanchored(TimexType.DATE, "XXXX-" + code);
            }
            String s = m.value(n.shift);
            y = resolver().yearOfSeason(code, s == null ? null : Integer.parseInt(s), tense);
        }
        return date(Values.year(y) + "-" + code);
    }

    /** Christmas, Thanksgiving, Election Day, Labor Day 1998. */
    Normalized holiday() {
        String md = m.value(n.holiday) != null ? m.value(n.holiday) : m.value(n.dayNamed);
        int mo = Integer.parseInt(md.substring(0, 2));
        int at = md.indexOf('@');
        if (at > 0) {                                       // 11-2@02: the Tuesday on or after November 2
            return weekdayOnOrAfter(mo, md.charAt(3) - '0', Integer.parseInt(md.substring(at + 1)));
        }
        int day = Integer.parseInt(md.substring(3));
        if (day > 31) {                                     // 44: the fourth Thursday
            return nthWeekday(mo, day / 10, day % 10);
        }
        if (m.hasWord("eve")) {
            day--;
        }
        return dayOfYear(mo, day);
    }

    private Normalized nthWeekday(int mo, int dow, int nth) {
        return weekdayOnOrAfter(mo, dow, 7 * nth - 6);
    }

    private Normalized weekdayOnOrAfter(int mo, int dow, int first) {
        int y = explicitYear();
        if (y < 0 && anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-" + Values.pad(mo, 2) + "-XX");
        }
        if (y < 0) {
            y = resolver().dateOf(mo, first + 3, tense).getYear();
        }
        LocalDate d = YearMonth.of(y, mo).atDay(first).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
        return date(Values.day(d));
    }

    Normalized newYear() {
        return m.hasWord("eve") ? dayOfYear(12, 31) : dayOfYear(1, 1);
    }

    private Normalized dayOfYear(int mo, int day) {
        int y = explicitYear();
        if (y > 0) {
            return date(Values.day(LocalDate.of(y, mo, day)));
        }
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-" + Values.pad(mo, 2) + "-" + Values.pad(day, 2));
        }
        String s = m.value(n.shift);
        ClauseTense t = s == null ? tense : ClauseTense.fixed(Integer.parseInt(s) < 0 ? Tense.PAST : Tense.FUTURE);
        LocalDate d = resolver().dateOf(mo, day, t);
        return d == null ? null : date(Values.day(d));
    }

    /** last week, this year, next month, the end of the year, earlier this month. */
    Normalized relative() {
        String u = m.value(n.unit) != null ? m.value(n.unit) : "Y";     // "the full year" names its unit as a word
        String s = m.value(n.shift);
        // "the past year" is last year, but "the past century" is this one, the last hundred years
        int by = s != null ? Integer.parseInt(s) : (m.hasWord("past") || m.hasWord("last")) && !"CE".equals(u) ? -1 : 0;
        if (anchor.isEmpty()) {
            return switch (u) {
                case "Y" -> unanchored(TimexType.DATE, "XXXX");
                case "M" -> unanchored(TimexType.DATE, "XXXX-XX");
                case "W" -> unanchored(TimexType.DATE, "XXXX-WXX");
                case "D" -> unanchored(TimexType.DATE, "XXXX-XX-XX");
                default -> null;
            };
        }
        LocalDate a = anchor.get();
        return switch (u) {
            case "Y" -> date(Values.year(a.getYear() + by));
            case "M" -> date(Values.month(YearMonth.from(a).plusMonths(by)));
            case "W" -> date(Values.week(a.plusWeeks(by)));
            case "D" -> date(Values.day(a.plusDays(by)));
            case "DE" -> date(Integer.toString(a.getYear() / 10 + by));
            case "CE" -> date(Values.pad(a.getYear() / 100 + by, 2));
            default -> null;
        };
    }

    /**
     * "that year", "later that day", "the following month": the last date the text named, at
     * the unit's granularity ("the following" moves it one unit on). When the text has named no
     * date precise enough, "that year" falls back to the document date and "the following year"
     * is the span of a year.
     */
    Normalized anaphoric() {
        String u = m.value(n.unit);
        int by = m.hasWord("following") ? 1 : 0;
        Optional<String> last = discourse.lastDate();
        String v = last.map(d -> Values.atGranularity(d, u, by)).orElse(null);
        if (v != null) {
            return date(v);
        }
        if (by == 1) {
            return Normalized.of(TimexType.DURATION, switch (u) {
                case "H" -> "PT1H";
                case "MIN" -> "PT1M";
                default -> "P1" + u;
            });
        }
        return anchor.isEmpty() ? null : date(Values.atGranularity(Values.day(anchor.get()), u, 0));
    }

    /** two years ago, three days later: the document date moved, at the unit's granularity. */
    Normalized shifted(int direction) {
        Quantity q = n.quantityOf(m);
        String u = m.value(n.unit) != null ? m.value(n.unit) : m.value(n.units);
        String mod = n.quantityMod(m);
        if (mod != null) {
            mod = switch (mod) {
                case "MORE_THAN" -> direction < 0 ? "BEFORE" : "AFTER";
                case "LESS_THAN" -> direction < 0 ? "AFTER" : "BEFORE";
                case "EQUAL_OR_MORE" -> direction < 0 ? "ON_OR_BEFORE" : "ON_OR_AFTER";
                case "EQUAL_OR_LESS" -> direction < 0 ? "ON_OR_AFTER" : "ON_OR_BEFORE";
                default -> mod;
            };
        }
        if (q.vague()) {
            return Normalized.of(TimexType.DATE, direction < 0 ? "PAST_REF" : "FUTURE_REF").withMod(mod);
        }
        if (anchor.isEmpty()) {
            String v = switch (u) {
                case "M" -> "XXXX-XX";
                case "W" -> "XXXX-WXX";
                case "D", "H", "MIN", "S" -> "XXXX-XX-XX";
                default -> "XXXX";
            };
            return unanchored(TimexType.DATE, v).withMod(mod);
        }
        LocalDate a = anchor.get();
        double amount = q.amount() * direction;
        if (u.equals("Y") && q.amount() == 1 && direction < 0 && discourse.lastQuarter().isPresent()) {
            String lq = discourse.lastQuarter().get();     // results news: "a year ago" is the same quarter a year before
            return Normalized.of(TimexType.DATE, Values.quarter(Integer.parseInt(lq.substring(0, 4)) - 1, lq.charAt(6) - '0')).withMod(mod);
        }
        String value = switch (u) {
            case "Y" -> q.whole() ? Values.year(a.getYear() + (int) amount) : Values.month(YearMonth.from(a).plusMonths(Math.round(amount * 12)));
            case "DE" -> Values.year(a.getYear() + (int) Math.round(amount * 10));
            case "CE" -> Values.year(a.getYear() + (int) Math.round(amount * 100));
            case "M" -> Values.month(YearMonth.from(a).plusMonths(Math.round(amount)));
            case "Q" -> Values.month(YearMonth.from(a).plusMonths(Math.round(amount * 3)));
            case "W", "2W" -> Values.week(a.plusDays(Math.round(amount * 7 * (u.equals("2W") ? 2 : 1))));
            case "D" -> Values.day(a.plusDays(Math.round(amount)));
            default -> Values.day(a); // hours, minutes: the document's day
        };
        return Normalized.of(TimexType.DATE, value).withMod(mod);
    }

    /** the week of March 6; the first week of January; the second week of next month. */
    Normalized weekOf() {
        int mo = m.find(n.month) >= 0 ? m.intValue(n.month) : -1;
        int y = explicitYear();
        if (m.find(n.dayNum) >= 0) {
            int day = (int) m.number(n.dayNum);
            LocalDate d;
            if (y > 0) {
                d = Resolver.validOrNull(y, mo, day);
            } else if (anchor.isEmpty()) {
                return unanchored(TimexType.DATE, "XXXX-WXX");
            } else {
                d = resolver().dateOf(mo, day, tense);
            }
            return d == null ? null : date(Values.week(d));
        }
        int nth = m.intOrdinal(n.ord);
        String s = m.value(n.shift);
        if (mo < 0 && m.hasWord("year")) {                            // the first week of next year
            int yy = y > 0 ? y : anchor.map(a -> a.getYear() + (s == null ? 0 : Integer.parseInt(s))).orElse(-1);
            if (yy < 0) {
                return unanchored(TimexType.DATE, "XXXX-WXX");
            }
            LocalDate w = nth == -1 ? LocalDate.of(yy, 12, 28) : Values.mondayOfWeek(yy, Math.max(1, nth));
            return nth > 53 || nth == 0 ? null : date(Values.week(w));
        }
        YearMonth ym;
        if (mo < 0) {                                                 // the first week of next month
            if (anchor.isEmpty()) {
                return unanchored(TimexType.DATE, "XXXX-WXX");
            }
            ym = YearMonth.from(anchor.get()).plusMonths(s == null ? 0 : Integer.parseInt(s));
        } else if (y > 0) {
            ym = YearMonth.of(y, mo);
        } else if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-WXX");
        } else {
            ym = YearMonth.of(resolver().yearOfMonth(mo, tense), mo);
        }
        // ISO: a week belongs to the month that holds its Thursday
        LocalDate thursday = nth == -1 ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
            : ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).plusWeeks(nth - 1L);
        if (nth == 0 || thursday.getMonthValue() != ym.getMonthValue()) {
            return null;
        }
        return date(Values.week(thursday));
    }

    Normalized weekend() {
        if (anchor.isEmpty()) {
            return unanchored(TimexType.DATE, "XXXX-WXX-WE");
        }
        LocalDate a = anchor.get();
        String s = m.value(n.shift);
        LocalDate inWeek;
        if (s != null) {
            inWeek = a.plusWeeks(Integer.parseInt(s));
        } else {
            boolean weekendNow = a.getDayOfWeek().getValue() >= 6;
            inWeek = weekendNow || tense.get(true) == Tense.FUTURE ? a : a.minusWeeks(1);
        }
        return date(Values.week(inWeek) + "-WE");
    }

    /** Friday, last Friday, Friday morning, the day before yesterday. */
    Normalized weekday() {
        String partCode = m.value(n.part);
        if (m.find(n.weekday) < 0) {                                  // the day before yesterday
            int offset = (m.hasWord("yesterday") ? -1 : 1) + (m.hasWord("before") ? -1 : 1);
            return anchor.isEmpty() ? unanchored(TimexType.DATE, "XXXX-XX-XX")
                : date(Values.day(anchor.get().plusDays(offset)));
        }
        int dow = m.intValue(n.weekday);
        if (anchor.isEmpty()) {
            return withPart(unanchored(TimexType.DATE, "XXXX-WXX-" + dow), partCode);
        }
        String s = m.value(n.shift);
        LocalDate d = s == null ? resolver().weekday(dow, tense) : resolver().shiftedWeekday(dow, Integer.parseInt(s));
        return withPart(date(Values.day(d)), partCode);
    }

    private static Normalized withPart(Normalized d, String partCode) {
        if (partCode == null) {
            return d;
        }
        return new Normalized(TimexType.TIME, d.value() + "T" + partCode, d.mod(), d.freq(), d.unanchored());
    }

    /** today, yesterday morning, this morning, last night, tonight. */
    Normalized deictic() {
        String partCode = m.value(n.part);
        int offset = 0;
        if (m.find(n.tonight) >= 0) {
            partCode = "NI";
        } else if (m.find(n.deictic) >= 0) {
            offset = m.intValue(n.deictic);
        } else {
            String s = m.value(n.shift);
            offset = s == null ? 0 : Integer.parseInt(s);
        }
        if (anchor.isEmpty()) {
            return withPart(unanchored(TimexType.DATE, "XXXX-XX-XX"), partCode);
        }
        return withPart(date(Values.day(anchor.get().plusDays(offset))), partCode);
    }

    Normalized reference() {
        String v = m.value(n.ref);
        if (v == null) {
            v = m.value(n.refN);
        }
        if (v == null) {
            v = m.hasWord("future") ? "FUTURE_REF" : m.hasWord("past") ? "PAST_REF" : "PRESENT_REF";
        }
        return Normalized.of(TimexType.DATE, v);
    }

    /** 3 p.m., 10:30 a.m. Tuesday, noon, 4 in the morning. */
    Normalized time() {
        int minutes;
        if (m.find(n.clock) >= 0) {
            minutes = (int) m.number(n.clock);
        } else if (m.find(n.ampmTime) >= 0) {
            minutes = (int) m.number(n.ampmTime);
        } else if (m.find(n.clockWord) >= 0) {
            String w = m.value(n.clockWord);
            minutes = Integer.parseInt(w.substring(0, 2)) * 60;
        } else {
            minutes = (int) m.number(n.digits) * 60;
        }
        String half = m.value(n.ampm);
        String dayPart = m.value(n.part);
        boolean inThe = m.hasWord("in");
        if (half != null || inThe) {
            int hour = minutes / 60;
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = half != null ? half.equals("PM") : !"MO".equals(dayPart);
            if (pm && hour < 12) {
                minutes += 12 * 60;
            } else if (!pm && hour == 12) {
                minutes -= 12 * 60;
            }
        }
        if (minutes > 24 * 60 || minutes % 60 >= 60) {
            return null;
        }
        String clockText = Values.pad(minutes / 60, 2) + ":" + Values.pad(minutes % 60, 2);
        String mod = n.quantityMod(m);
        String day = timeDay(inThe);
        if (day == null) {
            return Normalized.of(TimexType.TIME, "XXXX-XX-XXT" + clockText).withMod(mod).asUnanchored();
        }
        return Normalized.of(TimexType.TIME, day + "T" + clockText).withMod(mod);
    }

    private String timeDay(boolean partIsClock) {
        if (anchor.isEmpty()) {
            return null;
        }
        if (m.find(n.weekday) >= 0 && m.find(n.month) < 0) {
            String s = m.value(n.shift);
            int dow = m.intValue(n.weekday);
            return Values.day(s == null ? resolver().weekday(dow, tense) : resolver().shiftedWeekday(dow, Integer.parseInt(s)));
        }
        if (m.find(n.month) >= 0) {
            LocalDate d = resolver().dateOf(m.intValue(n.month), (int) m.number(n.dayNum), tense);
            return d == null ? null : Values.day(d);
        }
        if (m.find(n.deictic) >= 0) {
            return Values.day(anchor.get().plusDays(m.intValue(n.deictic)));
        }
        String s = m.value(n.shift);
        if (s != null && !partIsClock) {
            return Values.day(anchor.get().plusDays(Math.min(0, Integer.parseInt(s))));
        }
        // "next Monday at 9 a.m.": a clock time takes the day named just before it in its sentence
        return discourse.dayIn(m.tokens.segment[m.match.first()]).orElse(Values.day(anchor.get()));
    }
}
