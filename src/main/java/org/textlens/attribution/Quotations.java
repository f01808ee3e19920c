package org.textlens.attribution;

import java.util.List;
import org.textlens.nlp.Span;

/**
 * The quotations of a text without their attribution: where each quotation's content stands, found
 * by the same scanner as {@link Attributions} (quote marks of many languages, apostrophes told
 * apart, quotations over several paragraphs), with no tagging. For analysers that only need to
 * know whether a word stands inside quotation marks.
 */
public final class Quotations {
    private Quotations() {
    }

    /** The contents of the top-level quotations of {@code text}, in code points, in text order. */
    public static List<Span> in(String text) {
        return QuoteScanner.scan(text.codePoints().toArray()).stream()
            .map(q -> new Span(q.contentStart(), Math.max(q.contentStart(), q.contentEnd()))).toList();
    }
}
