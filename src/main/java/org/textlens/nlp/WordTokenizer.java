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
    private static final byte SPACE = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte OTHER = 3;
    /** Classes of the ASCII characters, so the common case needs no Unicode property lookup. */
    private static final byte[] ASCII = asciiClasses();
    private static final int CLASS_BITS = 3;
    private static final int MARK = 4;

    /**
     * Classes (and the mark flag) of the characters below U+3000 (Latin, Greek, Cyrillic, the
     * other alphabets, general punctuation), made on first use: text beyond ASCII is classified
     * by one array read instead of several Unicode property lookups per character.
     */
    private static final class Bmp {
        static final int SIZE = 0x3000;
        static final byte[] CLASSES = new byte[SIZE];

        static {
            for (int c = 0; c < SIZE; c++) {
                CLASSES[c] = (byte) (computeClass(c) | (computeMark(c) ? MARK : 0));
            }
        }
    }

    @Override
    public List<Token> tokenize(String text, int start, int end, CodePointIndex index) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (end - start) / 6));
        char[] chars = new char[end - start];
        text.getChars(start, end, chars, 0);
        scan(chars, 0, chars.length, new TokenVisitor() {
            @Override
            public void token(char[] source, int relativeFrom, int relativeTo, TokenKind kind) {
                int from = start + relativeFrom;
                int to = start + relativeTo;
                String raw = text.substring(from, to);
                tokens.add(new Token(raw, index.toCodePoint(from), index.toCodePoint(to), Normalization.normalize(raw), kind, Optional.empty()));
            }

            @Override
            public void sentenceEnd() {
            }
        });
        return tokens;
    }

    /** The tokens of a whole short text, such as a lexicon term; offsets count from its start. */
    public static List<Token> tokensOf(String text) {
        return new WordTokenizer().tokenize(text, 0, text.length(), CodePointIndex.of(text));
    }

    /** Reports the tokens of {@code text[start, end)} to {@code visitor} without creating them. */
    void scan(char[] text, int start, int end, TokenVisitor visitor) {
        int i = start;
        while (i < end) {
            char ch = text[i];
            int c = ch < 128 || !Character.isHighSurrogate(ch) ? ch : Character.codePointAt(text, i);
            byte cls = classOf(c);
            if (cls == SPACE || cls == LETTER && c >= 128 && isMark(c)) {
                // a mark with no letter before it (the emoji selector U+FE0F after a symbol) is no word
                i += Character.charCount(c);
                continue;
            }
            int tokenEnd;
            TokenKind kind;
            if (cls == OTHER) {
                tokenEnd = i + Character.charCount(c);
                kind = TokenKind.PUNCT;
            } else {
                tokenEnd = acronymEnd(text, i, end);
                boolean letters = tokenEnd > i;
                if (!letters) {
                    tokenEnd = wordEnd(text, i, end);
                    letters = cls == LETTER || hasLetter(text, i, tokenEnd);
                }
                kind = letters ? TokenKind.WORD : TokenKind.NUMBER;
            }
            visitor.token(text, i, tokenEnd, kind);
            i = tokenEnd;
        }
    }

    private static byte classOf(int c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (c < Bmp.SIZE) {
            return (byte) (Bmp.CLASSES[c] & CLASS_BITS);
        }
        return computeClass(c);
    }

    private static byte computeClass(int c) {
        if (Character.isLetter(c)) {
            return LETTER;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || Character.isLetterOrDigit(c)) {
            return LETTER;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT ? SPACE : OTHER;
    }

    private static boolean isMark(int c) {
        if (c < Bmp.SIZE) {
            return (Bmp.CLASSES[c] & MARK) != 0;
        }
        return computeMark(c);
    }

    private static boolean computeMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWordChar(int c) {
        byte cls = classOf(c);
        return cls == LETTER || cls == DIGIT;
    }

    private static boolean hasLetter(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c < 128 ? ASCII[c] == LETTER : Character.isLetter(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(char[] text, int start, int end) {
        int i = start;
        while (i < end) {
            char ch = text[i];
            if (ch < 128) {
                byte cls = ASCII[ch];
                if (cls == LETTER || cls == DIGIT) {
                    i++;
                    continue;
                }
                if (cls == SPACE || ch != '\'' && ch != '-' && ch != ',' && ch != '.') {
                    break; // no other ASCII character joins two parts of a word
                }
            }
            int c = Character.isHighSurrogate(ch) ? Character.codePointAt(text, i) : ch;
            if (isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (i + 1 < end && isWordChar(Character.codePointAt(text, i + 1)) && isInnerJoiner(text, i, c)) {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static boolean isInnerJoiner(char[] text, int at, int c) {
        if (Normalization.isApostrophe(c) || Normalization.isHyphen(c)) {
            return true;
        }
        // 1,200 and 2.5: a separator between two digits belongs to the number.
        return (c == ',' || c == '.') && Character.isDigit(text[at - 1]) && Character.isDigit(text[at + 1]);
    }

    /** End of an acronym such as U.S. or e.g. (single letters each followed by a period), else start. */
    private static int acronymEnd(char[] text, int start, int end) {
        int i = start;
        int pairs = 0;
        while (i + 1 < end && text[i + 1] == '.' && Character.isLetter(text[i])) {
            pairs++;
            i += 2;
            boolean anotherPair = i + 1 < end && text[i + 1] == '.' && Character.isLetter(text[i]);
            if (!anotherPair) {
                break;
            }
        }
        return pairs >= 2 ? i : start;
    }

    private static byte[] asciiClasses() {
        byte[] t = new byte[128];
        for (int c = 0; c < 128; c++) {
            t[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT
                : Character.isWhitespace(c) || Character.isISOControl(c) ? SPACE : OTHER;
        }
        return t;
    }
}
