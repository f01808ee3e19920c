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
    /** How long an apposition between a speaker after a quotation and its verb may be, in tokens. */
    private static final int APPOSITION_TOKENS = 30;

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
            if (a.isEmpty() && introducedByColon(ctx, q)) {
                a = beforeColon(ctx, q);
            }
            out.add(new Attributed(q, a));
        }
        return out;
    }

    static boolean introducedByColon(DocumentContext ctx, QuoteScanner.Quote q) {
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
        while (last > q.contentStart() && (QuoteScanner.isSpace(cp[last]) || QuoteScanner.isQuoteMark(cp[last]))) {
            last--; // "We're like 'Ebony and Ivory,'" he explained
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
            // "…?" Okafor asked: a capitalised word opens the next sentence, and an attribution must follow within it
            Words next = ctx.tagged(s + 1);
            if (next.n > 0 && next.kind[0] == TokenKind.WORD || next.n > 1 && next.isPunct(0, ",")) {
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
        Optional<Attribution> near = verbNear(ctx, w, k);
        return near.isPresent() ? near : afterDescribedSpeaker(ctx, w, k);
    }

    /** "…," said Miller; "…," Miller told reporters; "…," the mayor's spokesman said: the verb within a few tokens. */
    private static Optional<Attribution> verbNear(DocumentContext ctx, Words w, int k) {
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

    /**
     * "…," Priya Raman, who runs a bakery in Westhaven, said; "…," Sen. Lena Marsh (D-Ore.) said;
     * "…," Marsh continued: a speaker right after the quotation, then an apposition or a bracket,
     * then the verb. Right after a quotation any verb in the past tense that ends the clause
     * attributes it ("continued", "laughed"), not only those of the lexicon.
     */
    private static Optional<Attribution> afterDescribedSpeaker(DocumentContext ctx, Words w, int k) {
        Optional<Mention> speaker = ctx.speakers.after(w, k, ctx.text);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int v = w.indexAt(speaker.get().end());
        v = skipBrackets(w, v);
        if (w.isPunct(v, ",")) {
            v = appositionEnd(w, v);
            if (v < 0) {
                return Optional.empty();
            }
            v = skipBrackets(w, v);
        }
        while (v < w.n && w.kind[v] == TokenKind.WORD && !w.capitalised(v) && (w.tag(v).equals("ADV") || w.lower[v].endsWith("ly"))) {
            v++; // "later said", "quickly added"
        }
        if (v >= w.n) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> m = ctx.speechVerbAt(w, v);
        if (m.isPresent()) {
            return Optional.of(new Attribution(speaker, m.get().value().name(), w.start[v]));
        }
        if (!closesClause(w, v) || w.kind[v] != TokenKind.WORD || w.capitalised(v)) {
            return Optional.empty();
        }
        m = ctx.lexiconVerbAt(w, v);
        if (m.isPresent() && m.get().length() == 1) {
            return Optional.of(new Attribution(speaker, m.get().value().name(), w.start[v])); // "…," Viguerie adds.
        }
        boolean pastTense = w.tag(v).equals("VERB") && w.lower[v].endsWith("ed");
        return pastTense ? Optional.of(new Attribution(speaker, w.lemma[v], w.start[v])) : Optional.empty();
    }

    /** A verb that ends the attribution clause: "continued.", "adds,", "recalled on Monday". */
    private static boolean closesClause(Words w, int v) {
        return v + 1 >= w.n || w.kind[v + 1] == TokenKind.PUNCT && !w.isQuoteMark(v + 1) || w.tag(v + 1).equals("ADP");
    }

    /**
     * "Mr. Christie gloated: "…"", "The mayor released a statement: "…"", "More from Lund: "…"": a
     * quotation after a colon with no speech verb before it is the words of the name right before the
     * colon, or else of the subject of the clause the colon ends.
     */
    private static Optional<Attribution> beforeColon(DocumentContext ctx, QuoteScanner.Quote q) {
        Words w = ctx.tagged(ctx.sentenceAt(q.open()));
        int colon = w.indexAt(q.open()) - 1;
        if (!w.isPunct(colon, ":") || colon < 1) {
            return Optional.empty();
        }
        int first = SpeakerFinder.firstWord(w);
        if (ctx.speakers.nameLike(w, colon - 1, first)) {
            Optional<Mention> name = ctx.speakers.before(w, colon, first, ctx.text);
            if (name.isPresent() && name.get().kind() == Mention.Kind.NAME) {
                return Optional.of(new Attribution(name, "", w.start[colon]));
            }
        }
        for (int u = colon - 1; u > first; u--) {
            if (w.isQuoteMark(u)) {
                return Optional.empty();
            }
            if (w.kind[u] == TokenKind.WORD && w.tag(u).equals("VERB") && !w.capitalised(u) && !w.lower[u].endsWith("ing")) {
                Optional<Mention> subject = ctx.speakers.before(w, u, first, ctx.text);
                String verb = w.lemma[u];
                int verbStart = w.start[u];
                return subject.map(m -> new Attribution(Optional.of(m), verb, verbStart));
            }
        }
        return Optional.empty();
    }

    /** The token after a bracket that opens at {@code i} ("(D-Ore.)"), or {@code i} when none opens there. */
    private static int skipBrackets(Words w, int i) {
        if (!w.isPunct(i, "(")) {
            return i;
        }
        for (int j = i + 1; j < w.n && j <= i + 12; j++) {
            if (w.isPunct(j, ")")) {
                return j + 1;
            }
        }
        return i;
    }

    /**
     * The token after the comma that closes an apposition opening with the comma at {@code comma}
     * ("Priya Raman[, who runs a bakery,] said", "Petra Lund[, 67, a retired nurse,] said"): the
     * first later comma followed by a verb, within the sentence and no quotation; -1 when none.
     */
    private static int appositionEnd(Words w, int comma) {
        for (int j = comma + 1; j < w.n && j <= comma + APPOSITION_TOKENS; j++) {
            if (w.isQuoteMark(j) || w.isPunct(j, ".!?;:") && !w.isAbbreviationStop(j)) {
                return -1;
            }
            if (j > comma + 1 && w.isPunct(j, ",") && j + 1 < w.n && w.kind[j + 1] == TokenKind.WORD && !w.capitalised(j + 1)
                && (w.tag(j + 1).equals("VERB") || w.tag(j + 1).equals("ADV") || w.lower[j + 1].endsWith("ly"))) {
                return j + 1;
            }
        }
        return -1;
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
