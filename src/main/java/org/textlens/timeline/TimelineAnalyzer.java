package org.textlens.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.PosTagger;

/**
 * Tags each document's temporal expressions and turns them into rows with their sentence, code
 * point offsets, covered days and a context snippet. The part-of-speech model is loaded by a
 * worker thread only when a tense decision first needs it.
 */
public final class TimelineAnalyzer implements DocumentAnalyzer<TaggedDocument> {
    private static final int CONTEXT_CHARS = 160;

    private final TimeTagger tagger = new TimeTagger();
    private final ThreadLocal<PosTagger> posTaggers = ThreadLocal.withInitial(PosTagger::new);
    private final boolean datedOnly;

    /** @param datedOnly make rows only for expressions on the timeline (dated DATE and TIME) */
    public TimelineAnalyzer(boolean datedOnly) {
        this.datedOnly = datedOnly;
    }

    @Override
    public Stream<TaggedDocument> analyze(AnnotatedDocument doc) {
        String text = doc.doc().text();
        char[] chars = text.toCharArray();
        Offsets offsets = new Offsets(chars);
        int[] sentences = doc.sentenceBounds();
        List<Timex> timexes = tagger.tag(text, chars, sentences, doc.doc().date(), words -> posTaggers.get().tag(words));
        Optional<String> date = doc.doc().date().map(Object::toString);
        List<TimelineRow> rows = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            Optional<ValueRange> range = ValueRange.of(t.value());
            if (datedOnly && (range.isEmpty() || t.type() == TimexType.DURATION || t.type() == TimexType.SET)) {
                continue;
            }
            rows.add(new TimelineRow(doc.doc().id(), date, t.sentence(), offsets.codePoint(t.start()), offsets.codePoint(t.end()),
                text.substring(t.start(), t.end()), t.type(), t.value(), t.mod(),
                range.map(r -> r.from().toString()), range.map(r -> r.to().toString()),
                context(chars, sentences, t)));
        }
        return Stream.of(new TaggedDocument(doc.doc(), timexes, rows));
    }

    /** The expression's sentence on one line, cut to about {@value #CONTEXT_CHARS} characters around it. */
    static String context(char[] text, int[] sentences, Timex t) {
        int from = t.sentence() * 2 < sentences.length ? sentences[t.sentence() * 2] : t.start();
        int to = t.sentence() * 2 + 1 < sentences.length ? sentences[t.sentence() * 2 + 1] : t.end();
        boolean cutLeft = false;
        boolean cutRight = false;
        if (to - from > CONTEXT_CHARS) {
            int room = Math.max(0, CONTEXT_CHARS - (t.end() - t.start())) / 2;
            int left = Math.max(from, t.start() - room);
            int right = Math.min(to, t.end() + room);
            while (left > from && !isWhitespace(text[left - 1])) {
                left--;
            }
            while (right < to && !isWhitespace(text[right])) {
                right++;
            }
            cutLeft = left > from;
            cutRight = right < to;
            from = left;
            to = right;
        }
        StringBuilder b = new StringBuilder(to - from + 2);
        if (cutLeft) {
            b.append('\u2026');
        }
        boolean space = false;
        int i = from;
        while (i < to) {
            if (isWhitespace(text[i])) {
                space = b.length() > (cutLeft ? 1 : 0);
                i++;
                continue;
            }
            int run = i;
            while (run < to && !isWhitespace(text[run])) {
                run++;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(text, i, run - i);                    // a word at a time
            i = run;
        }
        if (cutRight) {
            b.append('\u2026');
        }
        return b.toString();
    }

    /** {@link Character#isWhitespace}, answered without a table look-up for ASCII. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : Character.isWhitespace(c);
    }
}
