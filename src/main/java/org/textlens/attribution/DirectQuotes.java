package org.textlens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.TokenKind;

/**
 * Attributes quotations: the speech verb and speaker right after the closing mark ({@code "…," he
 * said}, {@code "…," said Miller}, {@code "…!" Miller told reporters}), or right before the
 * opening mark ({@code Miller said: "…"}, {@code he said, "…"}, {@code Miller said in a statement:
 * "…"}). A quotation between two others takes the attribution between them ({@code "…," he said,
 * "…"}).
 */
final class DirectQuotes {
    /** How far after a closing mark the attributing verb may stand, in tokens. */
    private static final int AFTER_WINDOW = 8;
    /** How far before a colon that opens a quotation the verb may stand, in tokens. */
    private static final int COLON_WINDOW = 8;

    /** A quotation with the attribution found around it, if any. */
    record Attributed(QuoteScanner.Quote quote, Optional<Attribution> attribution) {
    }

    private DirectQuotes() {
    }

    /** {@code quotes}: the document's quotations to attribute, in text order. */
    static List<Attributed> attribute(DocumentContext ctx, List<QuoteScanner.Quote> quotes) {
        List<Attributed> out = new ArrayList<>(quotes.size());
        for (QuoteScanner.Quote q : quotes) {
            // "Miller said: "…"" binds tighter than whatever follows the quotation
            Optional<Attribution> a = introducedByColon(ctx, q) ? before(ctx, q) : Optional.empty();
            if (a.isEmpty() && q.closed() && leadsIntoAttribution(ctx, q) && !endsSentenceBeforeCapital(ctx, q)) {
                a = after(ctx, q);
            }
            if (a.isEmpty()) {
                a = before(ctx, q);
            }
            out.add(new Attributed(q, a));
        }
        return out;
    }

    private static boolean introducedByColon(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int i = q.open() - 1;
        while (i >= 0 && QuoteScanner.isSpace(cp[i])) {
            i--;
        }
        return i >= 0 && cp[i] == ':';
    }

    /**
     * Whether a quotation can hand over to an attribution after it: its content ends with
     * punctuation ("…," said, "…?" asked) or a comma follows the mark. "the "so-called corridor"
     * proposed last week" cannot.
     */
    private static boolean leadsIntoAttribution(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int next = TextBreaks.nextNonSpace(cp, q.close());
        return ",.?!\u2026\u2014\u2013-:;".indexOf(lastContentChar(ctx, q)) >= 0 || next < cp.length && (cp[next] == ',' || cp[next] == '\u2014');
    }

    private static int lastContentChar(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int last = q.contentEnd() - 1;
        while (last > q.contentStart() && QuoteScanner.isSpace(cp[last])) {
            last--;
        }
        return cp[last];
    }

    /** "…." He later …: a quotation ending with a full stop, followed by a new sentence, has no attribution after it. */
    private static boolean endsSentenceBeforeCapital(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int next = TextBreaks.nextNonSpace(cp, q.close());
        return lastContentChar(ctx, q) == '.' && next < cp.length && Character.isUpperCase(cp[next]);
    }

    private static Optional<Attribution> after(DocumentContext ctx, QuoteScanner.Quote q) {
        int s = ctx.sentenceAt(q.close());
        Words w = ctx.tagged(s);
        int from = w.indexAt(q.close() + 1);
        if (from >= w.n && s + 1 < ctx.sentences.size()) {
            // the splitter ended the sentence at the closing mark: "…?" she asked.
            Words next = ctx.tagged(s + 1);
            if (next.n > 0 && next.kind[0] == TokenKind.WORD && !next.capitalised(0) || next.n > 1 && next.isPunct(0, ",")) {
                return afterIn(ctx, next, 0);
            }
            return Optional.empty();
        }
        return afterIn(ctx, w, from);
    }

    private static Optional<Attribution> afterIn(DocumentContext ctx, Words w, int from) {
        int k = from;
        while (k < w.n && w.isPunct(k, ",\u2014\u2013-")) {
            k++;
        }
        int limit = Math.min(w.n, k + AFTER_WINDOW);
        for (int v = k; v < limit; v++) {
            if (w.isQuoteMark(v) || w.isPunct(v, ".!?;") && !w.isAbbreviationStop(v)) {
                return Optional.empty(); // but "…," Mr. Vander Plaats said
            }
            Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> m = ctx.speechVerbAt(w, v);
            if (m.isEmpty()) {
                continue;
            }
            String verb = m.get().value().name();
            if (v == k) {
                // "…," said Miller
                return Optional.of(new Attribution(ctx.speakers.after(w, v + m.get().length(), ctx.text), verb, w.start[v]));
            }
            Optional<Mention> speaker = ctx.speakers.before(w, v, k, ctx.text);
            if (speaker.isPresent() && onlyDeterminersBetween(w, k, speaker.get().start())) {
                return Optional.of(new Attribution(speaker, verb, w.start[v]));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean onlyDeterminersBetween(Words w, int from, int speakerStart) {
        for (int i = from; i < w.n && w.start[i] < speakerStart; i++) {
            if (w.isAbbreviationStop(i)) {
                continue; // "Mr." before "Emanuel"
            }
            if (w.kind[i] != TokenKind.WORD || !(w.tag(i).equals("DET") || w.tag(i).equals("ADJ") || w.tag(i).equals("NOUN")
                || w.tag(i).equals("PROPN") || w.tag(i).equals("NUM") || w.is(i, "of") || w.is(i, "for"))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Attribution> before(DocumentContext ctx, QuoteScanner.Quote q) {
        Words w = ctx.tagged(ctx.sentenceAt(q.open()));
        int mark = w.indexAt(q.open());
        int j = mark - 1;
        boolean colon = w.isPunct(j, ":");
        if (colon || w.isPunct(j, ",\u2014\u2013")) {
            j--;
        }
        int lowest = Math.max(0, colon ? j - COLON_WINDOW : j - 1);
        for (int v = j; v >= lowest; v--) {
            if (w.isQuoteMark(v) && v < j) {
                return Optional.empty();
            }
            Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> m = ctx.speechVerbAt(w, v);
            if (m.isEmpty() || v + m.get().length() - 1 > j) {
                continue;
            }
            if (!colon && v + m.get().length() - 1 != j && !addresseeOnly(w, v + m.get().length(), j)) {
                continue;
            }
            int floor = previousClosingMark(w, v);
            Optional<Mention> speaker = ctx.speakers.before(w, v, floor, ctx.text);
            if (speaker.isEmpty() && (w.is(v - 1, "and") || w.is(v - 1, "but"))) {
                speaker = ReportedSpeech.mainSubject(ctx, w, v); // "Pence said ... but added, "…""
            }
            if (speaker.isEmpty()) {
                speaker = ctx.speakers.after(w, v + m.get().length(), ctx.text);
            }
            return Optional.of(new Attribution(speaker, m.get().value().name(), w.start[v]));
        }
        return Optional.empty();
    }

    /** "told reporters, "…"", "told the Washington Post, "…"": only an addressee between the verb and the mark. */
    private static boolean addresseeOnly(Words w, int from, int to) {
        if (to - from >= 5) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (w.kind[i] == TokenKind.WORD && (w.tag(i).equals("VERB") || w.tag(i).equals("AUX"))) {
                return false;
            }
        }
        return true;
    }

    /** The token after the last closing quote mark before {@code v}, so a speaker is not sought inside an earlier quotation. */
    private static int previousClosingMark(Words w, int v) {
        for (int i = v - 1; i >= 0; i--) {
            if (w.isQuoteMark(i)) {
                return i + 1;
            }
        }
        return 0;
    }
}
