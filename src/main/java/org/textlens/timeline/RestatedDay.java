package org.textlens.timeline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock time restated in parentheses and dated after them: "at 10:35 a.m. (0735 GMT) Friday",
 * "at 4 in the morning (4 a.m. EDT Thursday)". The day named right after the parenthesis (or
 * inside it) is the day of the clock time before it, which would otherwise take the day named
 * earlier in the sentence or the document's date. Applied once the expressions are known, since
 * that day comes later in the text.
 */
final class RestatedDay {
    /** What may stand between the clock time and the day: a closed parenthesis, or the opening of one. */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(\\([^()]*\\)\\s*,?\\s*|\\(\\s*)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2})");

    private RestatedDay() {
    }

    /** Re-dates in place the clock times of {@code timexes} (text order) that such a day follows. */
    static void apply(List<Timex> timexes, String text) {
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Timex clock = timexes.get(i);
            Timex day = timexes.get(i + 1);
            // no test of the sentence: the splitter may end one after "a.m." before the parenthesis
            if (clock.type() != TimexType.TIME || day.type() == TimexType.DURATION || day.type() == TimexType.SET || !DAY.matcher(day.value()).matches()) {
                continue;
            }
            var c = CLOCK.matcher(clock.value());
            if (!c.matches() || !BETWEEN.matcher(text.subSequence(clock.end(), day.start())).matches()) {
                continue;
            }
            String value = day.value().substring(0, 10) + c.group(2);
            timexes.set(i, new Timex(clock.sentence(), clock.start(), clock.end(), clock.type(), value, clock.mod(), clock.freq(), day.unanchored()));
        }
    }
}
