package org.textlens.timeline;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What earlier expressions of the same document say about later ones: in results news, after
 * "the third quarter of 1989", "a year ago" means 1988-Q3. One per document, in text order.
 */
final class Discourse {
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    private String lastQuarter;

    Optional<String> lastQuarter() {
        return Optional.ofNullable(lastQuarter);
    }

    /** Notes an expression of rule {@code action}; only quarters named in the text count, not inferred ones. */
    void saw(String action, Normalized n) {
        if (action.equals("quarter") && n.type() == TimexType.DATE && QUARTER.matcher(n.value()).matches()) {
            lastQuarter = n.value();
        }
    }
}
