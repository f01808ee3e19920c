package org.textlens.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a pattern match into a TimeML type, value and mod. The action named in patterns.txt
 * selects the method; the tokens that matched each element supply the calendar facts; the
 * document date (when there is one) and the clause's tense anchor what is relative. Returns
 * null when the match turns out not to be a temporal expression (an invalid date, "1200 people").
 */
final class Normalizer {
    private final TimeRules rules;
    final int month;
    final int weekday;
    final int weekdays;
    final int season;
    final int num;
    final int ord;
    final int unit;
    final int units;
    final int weekend;
    final int part;
    final int parts;
    final int deictic;
    final int tonight;
    final int shift;
    final int edge;
    final int edgeN;
    final int few;
    final int ref;
    final int refN;
    final int freq;
    final int ampm;
    final int clockWord;
    final int holiday;
    final int dayNamed;
    final int year;
    final int dayNum;
    final int decade;
    final int decadeWord;
    final int clock;
    final int ampmTime;
    final int numericDate;
    final int digits;
    private final Durations durations;

    Normalizer(TimeRules rules) {
        this.rules = rules;
        month = rules.id("MONTH");
        weekday = rules.id("WEEKDAY");
        weekdays = rules.id("WEEKDAYS");
        season = rules.id("SEASON");
        num = rules.id(Shape.NUM);
        ord = rules.id(Shape.ORD);
        unit = rules.id("UNIT");
        units = rules.id("UNITS");
        weekend = rules.id("WEEKEND");
        part = rules.id("PART");
        parts = rules.id("PARTS");
        deictic = rules.id("DEICTIC");
        tonight = rules.id("TONIGHT");
        shift = rules.id("SHIFT");
        edge = rules.id("EDGE");
        edgeN = rules.id("EDGEN");
        few = rules.id("FEW");
        ref = rules.id("REF");
        refN = rules.id("REFN");
        freq = rules.id("FREQ");
        ampm = rules.id("AMPM");
        clockWord = rules.id("CLOCKWORD");
        holiday = rules.id("HOLIDAY");
        dayNamed = rules.id("DAYNAMED");
        year = rules.id(Shape.YEAR);
        dayNum = rules.id(Shape.DAYNUM);
        decade = rules.id(Shape.DECADE);
        decadeWord = rules.id("DECADEWORD");
        clock = rules.id(Shape.CLOCK);
        ampmTime = rules.id(Shape.AMPMTIME);
        numericDate = rules.id(Shape.NUMDATE);
        digits = rules.id(Shape.DIGITS);
        durations = new Durations(this);
    }

    Map<String, String> modifiers() {
        return rules.modifiers;
    }

    Normalized normalize(MatchView m, Optional<LocalDate> anchor, ClauseTense tense, Discourse discourse) {
        Calendar c = new Calendar(this, m, anchor, tense, discourse);
        return switch (m.match.rule().action()) {
            case "date.mdy", "date.dmy" -> c.fullDate();
            case "date.md", "date.dm" -> c.monthDay();
            case "date.numeric" -> c.numericDate();
            case "month.year" -> c.monthYear();
            case "month" -> c.month();
            case "year" -> c.year();
            case "year.the" -> c.theYear();
            case "year.end" -> c.yearEnd();
            case "decade" -> c.decade();
            case "century" -> c.century();
            case "quarter" -> c.quarter();
            case "quarter.latest" -> c.latestQuarter(0);
            case "quarter.of-year" -> c.quarterOfYear();
            case "quarter.year-ago" -> c.latestQuarter(-1);
            case "year.spoken" -> c.spokenYear();
            case "half" -> c.half();
            case "season" -> c.season();
            case "holiday" -> c.holiday();
            case "holiday.new-year" -> c.newYear();
            case "relative" -> c.relative();
            case "relative.that" -> c.anaphoric();
            case "relative.ago" -> c.shifted(-1);
            case "relative.ahead" -> c.shifted(1);
            case "relative.week" -> c.weekOf();
            case "weekend" -> c.weekend();
            case "weekday" -> c.weekday();
            case "deictic" -> c.deictic();
            case "ref" -> c.reference();
            case "ref.future" -> Normalized.of(TimexType.DATE, "FUTURE_REF");
            case "ref.vague" -> Normalized.of(TimexType.DATE, m.hasWord("recent") || m.hasWord("past") ? "PAST_REF" : "FUTURE_REF");
            case "time" -> c.time();
            case "duration", "duration.vague" -> durations.duration(m);
            case "set" -> durations.set(m);
            default -> throw new IllegalStateException("patterns.txt line " + m.match.rule().line()
                + ": unknown action " + m.match.rule().action());
        };
    }

    /** The mod given by words like "early", "the end of", "the first half of", or null. */
    String edgeMod(MatchView m) {
        String v = m.value(edge);
        if (v == null) {
            v = m.value(edgeN);
        }
        if (v != null) {
            return v;
        }
        for (int t = m.match.first() + 1; t < m.match.end(); t++) {
            String w = m.word(t);
            if (w.equals("half") || w.equals("part")) {
                String before = m.word(t - 1);
                return before.equals("first") || before.equals("early") ? "START" : "END";
            }
        }
        return null;
    }

    /** The mod of the quantity words that open the expression ("more than", "about"), or null. */
    String quantityMod(MatchView m) {
        int end = m.match.first();
        while (end < m.match.end() && m.tokens.symbols[end].length > 0 && isLiteralOnly(m, end)) {
            end++;
        }
        for (int to = end; to > m.match.first(); to--) {
            String mod = rules.modifiers.get(m.words(m.match.first(), to));
            if (mod != null) {
                return mod;
            }
        }
        return null;
    }

    private boolean isLiteralOnly(MatchView m, int token) {
        int matched = m.match.symbols()[token - m.match.first()];
        return rules.symbols.name(matched).startsWith(Symbols.LITERAL);
    }

    Quantity quantityOf(MatchView m) {
        return durations.quantity(m);
    }
}
