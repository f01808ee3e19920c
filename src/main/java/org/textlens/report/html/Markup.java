package org.textlens.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a text and its marks into well-nested HTML. Marks may overlap without nesting (a quote
 * that runs across two sentences); then the inner element is closed at the outer one's end and
 * reopened after it, the reopened part flagged {@code data-cont}, so a reader counting highlights
 * counts elements without that attribute.
 */
public final class Markup {
    /** Among marks opening at one place: outer layers first, then the longest first. */
    private static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::layer)
        .thenComparing(Comparator.comparingInt(Mark::end).reversed());

    private Markup() {
    }

    public static void render(StringBuilder out, String text, List<Mark> marks) {
        int[] charAt = charIndices(text);
        int length = charAt.length - 1;
        List<Mark> sorted = new ArrayList<>();
        for (Mark m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(start, Math.min(m.end(), length));
            if (end > start) {
                sorted.add(m.start() == start && m.end() == end ? m
                    : new Mark(start, end, m.layer(), m.tag(), m.cssClass(), m.attributes()));
            }
        }
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(NESTING));
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.add(length);
        for (Mark m : sorted) {
            bounds.add(m.start());
            bounds.add(m.end());
        }
        int[] points = bounds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<Mark> open = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < points.length; p++) {
            int at = points[p];
            List<Mark> continuing = closeEnding(out, open, at);
            List<Mark> starting = new ArrayList<>();
            while (next < sorted.size() && sorted.get(next).start() == at) {
                starting.add(sorted.get(next++));
            }
            if (!starting.isEmpty()) {
                // a new outer mark (a sentence) must not open inside an inner one (a quote going on)
                int outer = starting.stream().mapToInt(Mark::layer).min().getAsInt();
                while (!open.isEmpty() && open.get(open.size() - 1).layer() > outer) {
                    Mark m = open.remove(open.size() - 1);
                    out.append("</").append(m.tag()).append('>');
                    continuing.add(m);
                }
            }
            List<Mark> opening = new ArrayList<>(continuing);
            opening.addAll(starting);
            opening.sort(NESTING);
            for (Mark m : opening) {
                openTag(out, m, continuing.contains(m));
                open.add(m);
            }
            if (p + 1 < points.length) {
                Html.escapeTo(out, text, charAt[at], charAt[points[p + 1]]);
            }
        }
        closeEnding(out, open, Integer.MAX_VALUE);
    }

    /** Closes every open mark ending at or before {@code at}, and returns the ones closed on the way that go on. */
    private static List<Mark> closeEnding(StringBuilder out, List<Mark> open, int at) {
        int outermost = 0;
        while (outermost < open.size() && open.get(outermost).end() > at) {
            outermost++;
        }
        List<Mark> reopen = new ArrayList<>();
        for (int i = open.size() - 1; i >= outermost; i--) {
            Mark m = open.remove(i);
            out.append("</").append(m.tag()).append('>');
            if (m.end() > at) {
                reopen.add(m);
            }
        }
        return reopen;
    }

    private static void openTag(StringBuilder out, Mark m, boolean continued) {
        out.append('<').append(m.tag());
        if (!m.cssClass().isEmpty()) {
            out.append(" class=\"").append(Html.escape(m.cssClass())).append('"');
        }
        for (Map.Entry<String, String> a : m.attributes().entrySet()) {
            out.append(' ').append(a.getKey()).append("=\"").append(Html.escape(a.getValue())).append('"');
        }
        if (continued) {
            out.append(" data-cont=\"1\"");
        }
        out.append('>');
    }

    /** UTF-16 index of each code point offset, with one extra entry for the end of the text. */
    private static int[] charIndices(String text) {
        int n = text.codePointCount(0, text.length());
        int[] at = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            at[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        at[n] = text.length();
        return at;
    }
}
