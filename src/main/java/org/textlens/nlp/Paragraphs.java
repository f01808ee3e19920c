package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs, the hard boundaries no sentence or n-gram crosses. A boundary is a
 * blank line, a line break after sentence-final punctuation, or the break after a first line
 * without final punctuation (a headline). A single break inside running prose is not a boundary,
 * so hard-wrapped text keeps its sentences whole.
 */
final class Paragraphs {
    /** What a line ends with when it ends a paragraph whatever follows. */
    private static final String FINAL = ".!?\u2026:;\"\u201D\u00BB)";

    private Paragraphs() {
    }

    /** Paragraph ranges as {start, end} UTF-16 index pairs, trimmed of surrounding white space. */
    static List<int[]> split(String text) {
        return split(text.toCharArray(), false);
    }

    /** {@link #split(String)} of the text held in {@code text} (scanned as an array: String.charAt on UTF-16 text costs a call per character). */
    static List<int[]> split(char[] text, boolean continuation) {
        List<int[]> out = new ArrayList<>();
        int n = text.length;
        int paraStart = 0;
        int lineStart = 0;
        boolean firstLine = !continuation;
        char[] chars = text;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c != '\n' && c != '\r') {
                continue;
            }
            int lineEnd = i;
            if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                i++;
            }
            boolean blank = isBlank(text, lineStart, lineEnd);
            boolean nextLineBlank = nextLineIsBlankOrEnd(text, i + 1);
            boolean content = !blank;
            boolean headline = firstLine && content && looksLikeHeadline(text, lineStart, lineEnd, i + 1);
            if (blank || nextLineBlank || endsSentence(text, lineStart, lineEnd) || headline) {
                addTrimmed(out, text, paraStart, lineEnd);
                paraStart = i + 1;
            }
            if (content) {
                firstLine = false;
            }
            lineStart = i + 1;
        }
        addTrimmed(out, text, paraStart, n);
        return out;
    }

    /**
     * Where a long text can be cut into pieces of about {@code size} characters whose paragraphs
     * are exactly the text's: each cut follows a line break that ends a paragraph whatever comes
     * next (a blank line, or a line ending with sentence-final punctuation) after some content, so
     * {@link #split(char[], boolean)} of each piece (a continuation after the first) gives the
     * paragraphs {@link #split(String)} of the whole text gives there. Returns the piece bounds
     * {@code 0, c1, ..., n}; a text without such breaks stays whole.
     */
    static int[] cuts(String text, int size) {
        int n = text.length();
        int[] bounds = new int[2 + n / Math.max(1, size)];
        int count = 1;
        int from = 0;
        while (n - from > size + size / 2) {
            int cut = cutAfter(text, from + size);
            if (cut < 0 || cut >= n) {
                break;
            }
            if (count + 1 == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = cut;
            from = cut;
        }
        bounds[count++] = n;
        return java.util.Arrays.copyOf(bounds, count);
    }

    /**
     * The last safe cut (see {@link #cuts}) in {@code text} after a line break at or after
     * {@code from}, or -1 where there is none. The text begins a longer text or, with
     * {@code contentBefore}, continues one that had content before it. For cutting a long text
     * into pieces as it is read.
     */
    static int lastCut(CharSequence text, int from, boolean contentBefore) {
        int lineEnd = text.length() - 1;
        while (lineEnd >= from && text.charAt(lineEnd) != '\n') {
            lineEnd--;
        }
        while (lineEnd >= from) {
            int lineStart = lineEnd - 1;
            while (lineStart >= 0 && text.charAt(lineStart) != '\n') {
                lineStart--;
            }
            lineStart++;
            int last = lineEnd - 1;
            while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            boolean blank = last < lineStart;
            if (blank ? contentBefore || hasContent(text, 0, lineStart) : FINAL.indexOf(text.charAt(last)) >= 0) {
                return lineEnd + 1;
            }
            lineEnd = lineStart - 1;
        }
        return -1;
    }

    /** The first safe cut at or after {@code at} (see {@link #cuts}), or -1. */
    private static int cutAfter(String text, int at) {
        int n = text.length();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        for (int i = text.indexOf('\n', at); i >= 0; i = text.indexOf('\n', i + 1)) {
            int last = i - 1;
            while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            boolean blank = last < lineStart;
            boolean contentBefore = !blank || hasContent(text, 0, lineStart);
            if (contentBefore && (blank || FINAL.indexOf(text.charAt(last)) >= 0)) {
                return i + 1;
            }
            lineStart = i + 1;
        }
        return -1;
    }

    private static boolean hasContent(CharSequence text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A first line that ends without punctuation, is short, and is followed by a line starting
     * with a capital or a quote is a title; a hard-wrapped first line usually fails one of these.
     */
    private static boolean looksLikeHeadline(char[] text, int start, int end, int next) {
        if (end - start > 120 || endsWith(text, start, end, ",-\u2013\u2014")) {
            return false;
        }
        while (next < text.length && Character.isWhitespace(text[next])) {
            next++;
        }
        if (next >= text.length) {
            return false;
        }
        char c = text[next];
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"\u201C\u2018'".indexOf(c) >= 0;
    }

    private static boolean endsWith(char[] text, int start, int end, String chars) {
        int i = end - 1;
        while (i >= start && Character.isWhitespace(text[i])) {
            i--;
        }
        return i >= start && chars.indexOf(text[i]) >= 0;
    }

    private static boolean nextLineIsBlankOrEnd(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(char[] text, int start, int end) {
        return endsWith(text, start, end, FINAL);
    }

    static void addTrimmed(List<int[]> out, char[] text, int start, int end) {
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    static void addTrimmed(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
