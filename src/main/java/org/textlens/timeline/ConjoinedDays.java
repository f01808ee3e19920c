package org.textlens.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Days of the month listed after a full date: "on April 24 and 25", "March 3, 4 and 5". Each
 * further number is a date of its own (TimeML tags each), in the month and year of the first.
 * A number that goes on into a noun ("May 5 and 6 people") is a count, not a day.
 */
final class ConjoinedDays {
    private static final Set<String> JOINERS = Set.of("and", "or", ",", "&");
    private static final Set<String> AFTER_DAY = Set.of("and", "or", "in", "at", "on", "of", "to", "when", "as", "after", "before");

    private ConjoinedDays() {
    }

    /**
     * Adds to {@code out} the days listed right after {@code day} (a timex whose value is a full
     * date ending at token {@code end}); returns the token after the last one added, or {@code end}.
     */
    static int add(Timex day, int end, Tokens tokens, char[] text, int dayNumSymbol, List<Timex> out) {
        LocalDate date = parse(day.value());
        if (date == null || end >= tokens.size || tokens.number[end - 1] < 1 || tokens.number[end - 1] > 31) {
            return end;                                          // only after a date that ends with its day number
        }
        int at = end;
        int next = end;
        while (at + 1 < tokens.size && tokens.segment[at + 1] == tokens.segment[end - 1] && JOINERS.contains(word(tokens, text, at))
            && tokens.has(at + 1, dayNumSymbol) && endsList(tokens, text, at + 2, tokens.segment[end - 1])) {
            LocalDate other = Resolver.validOrNull(date.getYear(), date.getMonthValue(), (int) tokens.number[at + 1]);
            if (other == null) {
                break;
            }
            out.add(new Timex(tokens.sentence[at + 1], tokens.start[at + 1], tokens.end[at + 1], TimexType.DATE,
                Values.day(other), "", "", day.unanchored()));
            next = at + 2;
            at = next;
        }
        return next;
    }

    /** After a listed day: the end of the sentence, punctuation, another joiner, or a preposition. */
    private static boolean endsList(Tokens tokens, char[] text, int t, int segment) {
        if (t >= tokens.size || tokens.segment[t] != segment) {
            return true;
        }
        char c = text[tokens.start[t]];
        return !Character.isLetterOrDigit(c) || AFTER_DAY.contains(word(tokens, text, t));
    }

    private static String word(Tokens tokens, char[] text, int t) {
        return new String(text, tokens.start[t], tokens.end[t] - tokens.start[t]).toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate parse(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
