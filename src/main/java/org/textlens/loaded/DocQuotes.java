package org.textlens.loaded;

import java.util.List;
import org.textlens.attribution.Quotations;
import org.textlens.nlp.Span;

/**
 * The quotations of one document, for the span tagger's quotation features: which quotation holds
 * a code-point offset, and how many words it has (a short one is a scare quote or a term, a long one
 * speech). Queries must come in ascending order of offset (tokens in text order).
 */
final class DocQuotes {
    private final List<Span> quotations;
    private final int[] words;
    private int next;

    DocQuotes(String text) {
        this.quotations = Quotations.in(text);
        this.words = new int[quotations.size()];
        if (quotations.isEmpty()) {
            return;
        }
        int[] cp = text.codePoints().toArray();
        for (int q = 0; q < quotations.size(); q++) {
            Span s = quotations.get(q);
            int count = 0;
            boolean inWord = false;
            for (int i = s.start(); i < s.end(); i++) {
                boolean letter = Character.isLetterOrDigit(cp[i]);
                if (letter && !inWord) {
                    count++;
                }
                inWord = letter || inWord && (cp[i] == '\'' || cp[i] == '\u2019' || cp[i] == '-');
            }
            words[q] = count;
        }
    }

    /** The words of the quotation holding code point {@code at}, 0 when none does. */
    int wordsAt(int at) {
        while (next < quotations.size() && quotations.get(next).end() <= at) {
            next++;
        }
        return next < quotations.size() && quotations.get(next).start() <= at ? Math.max(1, words[next]) : 0;
    }
}
