package org.textlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textlens.report.html.Mark;
import org.textlens.report.html.Markup;

class MarkupTest {
    private static String render(String text, Mark... marks) {
        StringBuilder out = new StringBuilder();
        Markup.render(out, text, List.of(marks));
        return out.toString();
    }

    private static Mark mark(int start, int end, int layer, String tag) {
        return new Mark(start, end, layer, tag, "", Map.of());
    }

    @Test
    void nestedMarksAndEscapedText() {
        assertEquals("<s>a <b>&lt;b&gt;</b></s> &amp; c", render("a <b> & c", mark(0, 5, Mark.SENTENCE, "s"), mark(2, 5, Mark.TERM, "b")));
    }

    @Test
    void aQuoteAcrossTwoSentencesIsSplitAndMarkedAsContinued() {
        String text = "One. \"Two. Three.\" Four.";
        String html = render(text, mark(0, 10, Mark.SENTENCE, "s"), mark(11, 24, Mark.SENTENCE, "s"), mark(5, 18, Mark.QUOTE, "q"));
        assertEquals("<s>One. <q>&quot;Two.</q></s><q data-cont=\"1\"> </q><s><q data-cont=\"1\">Three.&quot;</q> Four.</s>", html,
            "the quote goes on between the sentences, and reopens inside the second");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83D\uDE00 ok";
        assertEquals("\uD83D\uDE00 <b>ok</b>", render(text, mark(2, 4, Mark.TERM, "b")));
    }

    @Test
    void attributesAreEscapedAndMarksOutsideTheTextIgnored() {
        Mark m = new Mark(0, 2, Mark.TERM, "mark", "loaded", Map.of("title", "a \"b\" <c>"));
        assertEquals("<mark class=\"loaded\" title=\"a &quot;b&quot; &lt;c&gt;\">hi</mark>", render("hi", m, mark(5, 9, Mark.TERM, "x")));
    }

    @Test
    void identicalSpansNestByLayer() {
        assertEquals("<s><b>x</b></s>", render("x", mark(0, 1, Mark.TERM, "b"), mark(0, 1, Mark.SENTENCE, "s")));
    }
}
