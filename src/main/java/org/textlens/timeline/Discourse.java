package org.textlens.timeline;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What earlier expressions of the same document say about later ones: in results news, after
 * "the third quarter of 1989", "a year ago" means 1988-Q3. One per document, in text order.
 */
final class Discourse {
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private String lastQuarter;
    private String lastDay;
    private int lastDaySegment = -1;

    Optional<String> lastQuarter() {
        return Optional.ofNullable(lastQuarter);
    }

    /** The day named last in segment {@code segment} ("next Monday at 9 a.m."), if any. */
    Optional<String> dayIn(int segment) {
        return segment == lastDaySegment ? Optional.of(lastDay) : Optional.empty();
    }

    /** Notes an expression of rule {@code action} in {@code segment}; only quarters named in the text count, not inferred ones. */
    void saw(String action, Normalized n, int segment) {
        if (n.type() == TimexType.DATE && DAY.matcher(n.value()).matches()) {
            lastDay = n.value();
            lastDaySegment = segment;
        }
        if (action.equals("quarter") && n.type() == TimexType.DATE && QUARTER.matcher(n.value()).matches()) {
            lastQuarter = n.value();
        }
    }
}
