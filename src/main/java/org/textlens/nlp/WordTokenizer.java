package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default tokenizer: runs of letters and digits are tokens; an apostrophe or hyphen between two
 * of them stays inside ({@code US-backed}, {@code Ukraine's}); a comma or period between digits
 * stays inside a number ({@code 1,200}, {@code 2.5}); letter-period pairs form one acronym
 * ({@code U.S.}); every other non-space character is a punctuation token of its own.
 */
public final class WordTokenizer implements Tokenizer {

    @Override
    public List<Token> tokenize(String text, int start, int end, CodePointIndex index) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (end - start) / 5));
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                i += width;
                continue;
            }
            int tokenEnd = isWordChar(c) ? wordEnd(text, i, end) : i + width;
            String raw = text.substring(i, tokenEnd);
            tokens.add(new Token(raw, index.span(i, tokenEnd), Normalization.normalize(raw),
                TokenKind.of(raw), Optional.empty()));
            i = tokenEnd;
        }
        return tokens;
    }

    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static int wordEnd(String text, int start, int end) {
        int acronym = acronymEnd(text, start, end);
        if (acronym > start) {
            return acronym;
        }
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (i + 1 < end && isWordChar(text.codePointAt(i + 1)) && isInnerJoiner(text, i, c)) {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static boolean isInnerJoiner(String text, int at, int c) {
        if (Normalization.isApostrophe(c) || Normalization.isHyphen(c)) {
            return true;
        }
        // 1,200 and 2.5: a separator between two digits belongs to the number.
        return (c == ',' || c == '.') && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** End of an acronym such as U.S. or e.g. (single letters each followed by a period), else start. */
    private static int acronymEnd(String text, int start, int end) {
        int i = start;
        int pairs = 0;
        while (i + 1 < end && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
            pairs++;
            i += 2;
            boolean anotherPair = i + 1 < end && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.';
            if (!anotherPair) {
                break;
            }
        }
        return pairs >= 2 ? i : start;
    }
}
