package org.textlens.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The temporal tagger: scans a text into tokens, finds the longest pattern match at each
 * token, drops matches that are not temporal in context ("may" the verb, "1200 people") and
 * normalises the rest against the document date. Thread-safe: the rules are shared and
 * read-only; the part-of-speech tagger passed in belongs to the calling thread.
 */
public final class TimeTagger {
    private final TimeRules rules;
    private final Scanner scanner;
    private final Normalizer normalizer;
    private final TenseFinder.Factory tenses;
    private final int yearSymbol;
    private final int edgeSymbol;
    private final int unitSymbol;
    private final int unitsSymbol;
    private final int numSymbol;
    private final int holidaySymbol;
    private final int zoneSymbol;
    private final int dayNamedSymbol;
    private final int decadeSymbol;
    private final int freqSymbol;
    private final int dayNumSymbol;

    public TimeTagger() {
        rules = TimeRules.builtIn();
        scanner = new Scanner(rules.vocabulary, rules.shapes);
        normalizer = new Normalizer(rules);
        tenses = new TenseFinder.Factory(rules);
        yearSymbol = rules.id(Shape.YEAR);
        edgeSymbol = rules.id("EDGE");
        unitSymbol = rules.id("UNIT");
        unitsSymbol = rules.id("UNITS");
        numSymbol = rules.id(Shape.NUM);
        holidaySymbol = rules.id("HOLIDAY");
        zoneSymbol = rules.id("ZONE");
        dayNamedSymbol = rules.id("DAYNAMED");
        decadeSymbol = rules.id(Shape.DECADE);
        freqSymbol = rules.id("FREQ");
        dayNumSymbol = rules.id(Shape.DAYNUM);
    }

    /**
     * The expressions of {@code text} in text order.
     *
     * @param chars the characters of {@code text} ({@code text.toCharArray()}), which the caller scans too
     * @param sentences UTF-16 {start, end} pairs of the sentences, in order
     * @param anchor the document date, if known
     * @param posTagger UD tags for the words of a sentence; called only when a tense depends on it
     */
    public List<Timex> tag(String text, char[] chars, int[] sentences, Optional<LocalDate> anchor, Function<String[], String[]> posTagger) {
        Tokens tokens = scanner.scan(chars, sentences);
        TenseFinder.Session tense = tenses.finder(posTagger).session(tokens, chars);
        List<Timex> out = new ArrayList<>();
        Discourse discourse = new Discourse();
        int i = 0;
        while (i < tokens.size) {
            if (tokens.symbols[i].length == 0) {
                i++;
                continue;
            }
            Match match = rules.grammar.match(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            MatchView view = new MatchView(match, tokens, chars);
            Normalized norm = plausible(view) ? normalizer.normalize(view, anchor, pastSameAsNone -> tense.at(match.first(), match.end(), pastSameAsNone), discourse) : null;
            if (norm == null || norm.type() == TimexType.DURATION && (isAge(view) || isRate(view))) {
                i++;
                continue;
            }
            if (norm.type() == TimexType.DURATION && isIndefiniteDay(view)) {
                Tense t = tense.at(match.first(), match.end(), false);
                norm = Normalized.of(TimexType.DATE, t == Tense.PAST ? "PAST_REF" : "FUTURE_REF");
            }
            discourse.saw(match.rule().action(), norm, tokens.segment[match.first()]);
            Timex timex = new Timex(tokens.sentence[match.first()], tokens.start[match.first()], tokens.end[match.end() - 1],
                norm.type(), norm.value(), norm.mod(), norm.freq(), norm.unanchored());
            out.add(timex);
            i = timex.type() == TimexType.DATE ? ConjoinedDays.add(timex, match.end(), tokens, chars, dayNumSymbol, out) : match.end();
        }
        RestatedDay.apply(out, text);
        return out;
    }

    /** Context checks the patterns cannot express. */
    private boolean plausible(MatchView m) {
        Match match = m.match;
        if (!unambiguous(m) || isTitle(m) || isAgeDecade(m) || isPeriodical(m)) {
            return false;
        }
        if (match.rule().action().equals("year") && match.find(edgeSymbol) < 0 && match.length() == 1) {
            return plausibleYear(m);
        }
        return true;
    }

    /**
     * ABC's "This Week", "60 Minutes": a unit word capitalised inside a sentence, with every
     * other word of the match capitalised too, is a title, not a time.
     */
    private boolean isTitle(MatchView m) {
        int first = m.match.first();
        if (m.match.length() < 2 || first == 0 || m.tokens.sentence[first - 1] != m.tokens.sentence[first]) {
            return false;
        }
        boolean capitalisedUnit = false;
        for (int t = first; t < m.match.end(); t++) {
            char c = m.text[m.tokens.start[t]];
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c) || m.tokens.has(t, holidaySymbol) || m.tokens.has(t, dayNamedSymbol)) {
                    return false;                                  // "Thanksgiving Day" is a name of a day
                }
                capitalisedUnit |= m.tokens.has(t, unitSymbol) || m.tokens.has(t, unitsSymbol);
            }
        }
        return capitalisedUnit;
    }

    /**
     * "will one day be", "hopes to one day lead", "One day, he left": "one day" after a modal or
     * "to", or opening its sentence before a comma, names an indefinite day (TimeML's
     * FUTURE_REF or PAST_REF), not a period of one day ("for one day", "one day later").
     */
    private static boolean isIndefiniteDay(MatchView m) {
        int first = m.match.first();
        if (m.match.length() != 2 || !m.word(first).equals("one") || !m.word(first + 1).equals("day")) {
            return false;
        }
        int before = first - 1;
        if (before < 0 || m.tokens.segment[before] != m.tokens.segment[first]) {
            int after = m.match.end();
            return after < m.tokens.size && m.tokens.segment[after] == m.tokens.segment[first] && m.word(after).equals(",");
        }
        return INDEFINITE_LEADS.contains(m.word(before));
    }

    private static final java.util.Set<String> INDEFINITE_LEADS = java.util.Set.of(
        "will", "would", "could", "might", "may", "can", "shall", "should", "must", "to", "'ll");

    /** "in his 30s", "their early 20s": a decade of someone's life, an age and not a date. */
    private boolean isAgeDecade(MatchView m) {
        int before = m.match.first() - 1;
        while (before > 0 && (m.tokens.has(before, edgeSymbol) || m.word(before).equals("-"))) {
            before--;                                              // "his early 40s", "her mid-30s"
        }
        if (before < 0 || m.tokens.segment[before] != m.tokens.segment[m.match.first()] || !POSSESSIVES.contains(m.word(before))) {
            return false;
        }
        for (int t = m.match.first(); t < m.match.end(); t++) {
            if (m.tokens.has(t, decadeSymbol) && m.tokens.end[t] - m.tokens.start[t] == 3) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "each", "every");
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their", "my", "your", "our", "its");

    /**
     * "the Communist Party daily Granma", "the French weekly Le Point": a recurrence word between
     * a capitalised word and a name is a periodical, not a set of times.
     */
    private boolean isPeriodical(MatchView m) {
        int first = m.match.first();
        if (m.match.length() != 1 || !m.tokens.has(first, freqSymbol)) {
            return false;
        }
        int before = first - 1;
        int after = first + 1;
        if (before < 0 || after >= m.tokens.size || m.tokens.segment[before] != m.tokens.segment[first]
            || m.tokens.segment[after] != m.tokens.segment[first]) {
            return false;
        }
        return Character.isUpperCase(m.text[m.tokens.start[before]]) && !DETERMINERS.contains(m.word(before))
            && Character.isUpperCase(m.text[m.tokens.start[after]]) && Character.isLetter(m.text[m.tokens.start[after]]);
    }

    /** "52 years old": an age, not a period of time. */
    private boolean isAge(MatchView m) {
        int after = m.match.end();
        return after < m.tokens.size && m.tokens.segment[after] == m.tokens.segment[after - 1] && m.word(after).equals("old");
    }

    /**
     * "$500 million a year", "2% a month", "four flights a week": "a year" after an amount, or
     * after so many things, is the unit of a rate, not a period of time.
     */
    private boolean isRate(MatchView m) {
        int first = m.match.first();
        int before = first - 1;
        if (m.match.length() != 2 || before < 0 || m.tokens.segment[before] != m.tokens.segment[first]) {
            return false;
        }
        String a = m.word(first);
        if (!a.equals("a") && !a.equals("an")) {
            return false;
        }
        if (isAmount(m, before)) {
            return true;
        }
        // "four flights a week", "700 seats a week", "24 hours a day": so many things per unit of time
        int count = before - 1;
        String things = m.word(before);
        return count >= 0 && m.tokens.segment[count] == m.tokens.segment[first] && things.length() > 3 && things.endsWith("s")
            && Character.isLowerCase(m.text[m.tokens.start[before]]) && isAmount(m, count);
    }

    /** A number (digits, with decimals: "$1.76"; or words: "four") or an amount word ("million", "%"). */
    private boolean isAmount(MatchView m, int token) {
        return m.tokens.has(token, numSymbol) || Character.isDigit(m.text[m.tokens.start[token]]) || AMOUNTS.contains(m.word(token));
    }

    private static final java.util.Set<String> AMOUNTS = java.util.Set.of(
        "million", "billion", "trillion", "thousand", "hundred", "cents", "cent", "dollars", "pounds", "euros", "yen",
        "percent", "%", "points", "shares", "barrels", "tons", "times");

    /**
     * "may" the verb and "Jan" the name: a word marked capitalised must be written so; an
     * abbreviation without its period needs a number beside it; and a match made only of such
     * words (and "the") needs a lead word before it ("in May", "last fall").
     */
    private boolean unambiguous(MatchView m) {
        Match match = m.match;
        boolean content = false;
        boolean numbers = false;
        WordEntry ambiguous = null;
        for (int t = match.first(); t < match.end(); t++) {
            WordEntry e = m.tokens.entry[t];
            numbers |= m.tokens.number[t] >= 0;
            if (e != null && e.ambiguity() != WordEntry.Ambiguity.NONE) {
                ambiguous = e;
                if (e.ambiguity() == WordEntry.Ambiguity.CAPITALISED && !Character.isUpperCase(m.text[m.tokens.start[t]])) {
                    return false;
                }
            } else if (!m.word(t).equals("the")) {
                content = true;
            }
        }
        if (ambiguous == null) {
            return true;
        }
        if (ambiguous.ambiguity() == WordEntry.Ambiguity.NEVER_ALONE) {
            return numbers;
        }
        if (content) {
            return true;
        }
        int after = match.end();
        if (after + 1 < m.tokens.size && m.word(after).equals("-") && m.tokens.start[after] == m.tokens.end[after - 1]) {
            return false;                                          // spring-like, fall-out
        }
        int before = match.first() - 1;
        if (before < 0 || m.tokens.segment[before] != m.tokens.segment[match.first()] || !rules.leads.contains(m.word(before))) {
            return false;
        }
        // "to fall apart", "to fall further": after "to", a word that goes on is the verb
        return !(m.word(before).equals("to") && after < m.tokens.size && m.tokens.segment[after] == m.tokens.segment[before]
            && Character.isLowerCase(m.text[m.tokens.start[after]]));
    }

    /**
     * A lone number 1000-2199 is a year when a preposition introduces it or nothing countable
     * follows: "in 1998", "1998 was", but not "1200 people", "$1999", "2000 percent", "1400 GMT".
     */
    private boolean plausibleYear(MatchView m) {
        int t = m.match.first();
        int before = t - 1;
        int after = t + 1;
        Tokens tokens = m.tokens;
        boolean sameBefore = before >= 0 && tokens.segment[before] == tokens.segment[t];
        boolean sameAfter = after < tokens.size && tokens.segment[after] == tokens.segment[t];
        if (sameBefore) {
            String w = m.word(before);
            if (w.equals("$") || w.equals("£") || w.equals("€") || w.equals("#") || w.equals("no.") || w.equals("number")
                || tokens.has(before, numSymbol) && m.text[tokens.end[before]] == ' ' && !w.equals("-")) {
                return false;
            }
            if (rules.leads.contains(w)) {
                return true;
            }
        }
        if (sameAfter) {
            String w = m.word(after);
            if (w.equals("%") || w.equals("percent") || w.equals("per") || tokens.has(after, unitSymbol) || tokens.has(after, unitsSymbol)
                || tokens.has(after, numSymbol) || tokens.has(after, zoneSymbol)) {       // "0735 GMT" is a clock reading
                return false;
            }
            char c = m.text[tokens.start[after]];
            long year = tokens.number[t];
            if (Character.isLowerCase(c) && (year < 1900 || year > 2100)) {
                return false;
            }
        }
        return true;
    }
}
