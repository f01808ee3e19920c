package org.textlens.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the top-level quotations of a text (as code points) and where their marks stand.
 *
 * <p>Marks: English “…” ‘…’, German „…“ ‚…‘ »…«, French and Swiss «…» ‹…›, Polish „…”, Swedish
 * ”…” and »…», and straight "…" '…'. A straight or ambiguous mark opens when it is left-flanking (space or
 * an opening bracket before it, a non-space after it) and closes the innermost compatible open mark
 * otherwise. An apostrophe between letters or digits ({@code don't}, {@code Ukraine’s}), before a
 * digit ({@code ’90s}) or after a letter with no single quote open ({@code the boys’ school}) is
 * not a quote mark.
 *
 * <p>Paragraphs: a quotation still open at the end of a paragraph continues when the next
 * paragraph opens with a quote mark of the same kind (the newspaper convention for quotes of
 * several paragraphs). Otherwise a double quotation is closed at the end of its paragraph
 * ({@link Quote#closed()} false); an unclosed single quote is taken for an apostrophe.
 * Nested quotations belong to the quotation around them and are not reported on their own.
 */
final class QuoteScanner {
    /** A quotation: its opening mark, its content {@code [contentStart, contentEnd)}, its closing mark (or none). */
    record Quote(int open, int contentStart, int contentEnd, int close, boolean closed) {
        /** The end of the quotation including its closing mark. */
        int end() {
            return closed ? close + 1 : contentEnd;
        }
    }

    /** An open mark at {@code at}, {@code width} code points wide (two for a doubled apostrophe). */
    private record Open(int at, int mark, boolean single, int width) {
        int contentStart() {
            return at + width;
        }
    }

    private QuoteScanner() {
    }

    static boolean isQuoteMark(int c) {
        return isDouble(c) || isSingle(c);
    }

    static boolean isDouble(int c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB'
            || c == '\uFF02';
    }

    static boolean isSingle(int c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039' || c == '\u203A';
    }

    /** The quotations of {@code cp} in text order. */
    static List<Quote> scan(int[] cp) {
        List<Quote> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int n = cp.length;
        int i = 0;
        while (i < n) {
            int c = cp[i];
            if (c == '\n' && !stack.isEmpty() && TextBreaks.isParagraphEnd(cp, i)) {
                int next = TextBreaks.nextNonSpace(cp, i);
                Open outer = stack.peekLast();
                if (next < n && continues(outer, cp, next)) {
                    // newspaper convention: the quotation goes on in the next paragraph
                    while (stack.size() > 1) {
                        stack.pop();
                    }
                    i = next + 1;
                    continue;
                }
                closeUnclosed(out, stack, TextBreaks.trimEnd(cp, outer.contentStart(), i));
                i++;
                continue;
            }
            if (!isQuoteMark(c)) {
                i++;
                continue;
            }
            int width = isDoubledApostrophe(cp, i) ? 2 : 1;
            if (width == 2) {
                c = '"'; // ''…'' (typewriter double quotes, as some newspapers' feeds write them)
            }
            int prev = i > 0 ? cp[i - 1] : -1;
            int next = i + width < n ? cp[i + width] : -1;
            boolean single = isSingle(c);
            if (single && isApostrophe(c, prev, next, stack)) {
                i++;
                continue;
            }
            Open closing = closes(stack, c, prev, next);
            if (closing != null) {
                while (stack.peek() != closing) {
                    stack.pop(); // an unmatched single quote inside: an apostrophe after all
                }
                stack.pop();
                if (stack.isEmpty()) {
                    out.add(new Quote(closing.at(), closing.contentStart(), i, i + width - 1, true));
                }
            } else if (canOpen(c, prev, next)) {
                if (!single && !stack.isEmpty() && sameKindOpen(stack, c)) {
                    // a double quote opened inside an open double quote: the first was never closed
                    closeUnclosed(out, stack, TextBreaks.trimEnd(cp, stack.peekLast().contentStart(), i));
                }
                stack.push(new Open(i, c, single, width));
            }
            i += width;
        }
        if (!stack.isEmpty()) {
            closeUnclosed(out, stack, TextBreaks.trimEnd(cp, stack.peekLast().contentStart(), n));
        }
        return out;
    }

    /** Ends the outermost open quotation at {@code end} without a closing mark, if it is a double one. */
    private static void closeUnclosed(List<Quote> out, Deque<Open> stack, int end) {
        Open outer = stack.peekLast();
        stack.clear();
        if (!outer.single() && end > outer.contentStart()) {
            out.add(new Quote(outer.at(), outer.contentStart(), end, end, false));
        }
    }

    private static boolean sameKindOpen(Deque<Open> stack, int c) {
        for (Open o : stack) {
            if (!o.single() && o.mark() == c && c != '\u00BB') {
                return true;
            }
        }
        return false;
    }

    private static boolean continues(Open outer, int[] cp, int at) {
        boolean doubled = isDoubledApostrophe(cp, at);
        return outer.single() ? isSingle(cp[at]) && !doubled : isDouble(cp[at]) || doubled;
    }

    /** Two straight apostrophes in a row stand for a double quote mark: {@code ''Yes,'' she said}. */
    static boolean isDoubledApostrophe(int[] cp, int at) {
        return cp[at] == '\'' && at + 1 < cp.length && cp[at + 1] == '\'' && (at == 0 || cp[at - 1] != '\'');
    }

    /** The open mark that {@code c} closes, or null when it closes none. */
    private static Open closes(Deque<Open> stack, int c, int prev, int next) {
        boolean rightFlanking = prev >= 0 && !isSpace(prev);
        boolean leftFlanking = next >= 0 && !isSpace(next) && (prev < 0 || isSpace(prev) || isOpeningPunctuation(prev));
        for (Open o : stack) {
            if (o.single() != isSingle(c)) {
                if (o.single()) {
                    continue; // a double mark may close through an unmatched single one
                }
                return null;
            }
            if (!pairs(o.mark(), c)) {
                return null;
            }
            boolean unambiguousCloser = c == '\u201D' && o.mark() != '\u201D' || c == '\u2019' && o.mark() != '\u2019'
                || c == '\u00BB' && o.mark() == '\u00AB' || c == '\u00AB' && o.mark() == '\u00BB'
                || c == '\u203A' && o.mark() == '\u2039' || c == '\u2039' && o.mark() == '\u203A'
                || c == '\u201C' && o.mark() == '\u201E' || c == '\u2018' && o.mark() == '\u201A';
            return unambiguousCloser || rightFlanking || !leftFlanking ? o : null;
        }
        return null;
    }

    /** Whether {@code close} ends a quotation opened with {@code open}. */
    private static boolean pairs(int open, int close) {
        return switch (open) {
            case '"', '\uFF02' -> close == '"' || close == '\u201D' || close == '\uFF02';
            case '\u201C' -> close == '\u201D' || close == '"';
            case '\u201E' -> close == '\u201C' || close == '\u201D';
            case '\u201F', '\u201D' -> close == '\u201D';
            case '\u00AB' -> close == '\u00BB';
            case '\u00BB' -> close == '\u00AB' || close == '\u00BB';
            case '\'' -> close == '\'' || close == '\u2019';
            case '\u2018', '\u201B' -> close == '\u2019' || close == '\'';
            case '\u201A' -> close == '\u2018' || close == '\u2019';
            case '\u2039' -> close == '\u203A';
            case '\u203A' -> close == '\u2039' || close == '\u203A';
            default -> false;
        };
    }

    private static boolean canOpen(int c, int prev, int next) {
        if (c == '\u2019') {
            return false; // a closer, or an apostrophe
        }
        if (c == '\u201D') {
            // a closer in English; Swedish and Finnish open with it too, after a space or a colon
            return next >= 0 && !isSpace(next) && (prev < 0 || isSpace(prev) || prev == ':' || prev == '(');
        }
        if (next < 0 || isSpace(next) && c != '\u00AB' && c != '\u2039' && c != '\u00BB' && c != '\u203A') {
            return false;
        }
        return prev < 0 || isSpace(prev) || isOpeningPunctuation(prev) || isQuoteMark(prev)
            || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2039' || c == '\u201A' || c == '\u2018' || c == '\u201F';
    }

    /** Whether a single mark is an apostrophe rather than a quote mark. */
    private static boolean isApostrophe(int c, int prev, int next, Deque<Open> stack) {
        if (c == '\u201A' || c == '\u2039' || c == '\u203A') {
            return false;
        }
        boolean wordBefore = prev >= 0 && Character.isLetterOrDigit(prev);
        boolean wordAfter = next >= 0 && Character.isLetterOrDigit(next);
        if (wordBefore && wordAfter) {
            return true; // don't, Ukraine’s, rock’n’roll
        }
        if (!wordBefore && next >= 0 && Character.isDigit(next)) {
            return true; // ’90s
        }
        if (wordBefore && (c == '\'' || c == '\u2019')) {
            return !hasOpenSingle(stack); // the boys’ school, unless a single quote waits for its end
        }
        return false;
    }

    private static boolean hasOpenSingle(Deque<Open> stack) {
        for (Open o : stack) {
            if (o.single()) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningPunctuation(int c) {
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/' || c == ':';
    }
}
