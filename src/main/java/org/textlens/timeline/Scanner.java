package org.textlens.timeline;

/**
 * Splits a text into the tokens the patterns see, in one pass over its characters: words (with
 * inner apostrophes: {@code o'clock}, {@code year's}), abbreviations that keep their period when
 * the vocabulary knows them ({@code Oct.}), letter-period acronyms ({@code a.m.}), numbers with
 * their shapes ({@code 1998}, {@code 5th}, {@code 1990s}, {@code 10:30}, {@code 1998-08-07},
 * {@code 1,200}), and single punctuation characters. Hyphens split words, so {@code five-year}
 * is three tokens and patterns decide what a hyphen joins.
 */
final class Scanner {
    private final Vocabulary words;
    private final ShapeSymbols shapes;

    Scanner(Vocabulary words, ShapeSymbols shapes) {
        this.words = words;
        this.shapes = shapes;
    }

    /** Tokens of {@code text}; {@code sentences} holds UTF-16 {start, end} pairs in order. */
    Tokens scan(char[] text, int[] sentences) {
        Tokens out = new Tokens(text.length / 5 + 16);     // news has a token every 5-6 characters
        int n = text.length;
        int s = 0;
        int segment = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            boolean asciiLetter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!asciiLetter && (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                i++;
                continue;
            }
            boolean newSentence = false;
            while (s + 2 < sentences.length && i >= sentences[s + 1]) {
                s += 2;
                newSentence = true;
            }
            if (newSentence && !continuesAbbreviation(out, text, i)) {
                segment++;
            }
            int sentence = s / 2;
            if (asciiLetter || isLetter(c)) {
                i = word(text, i, n, sentence, segment, out);
            } else if (c >= '0' && c <= '9') {
                i = number(text, i, n, sentence, segment, out);
            } else {
                int to = i + (Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1);
                WordEntry e = words.find(text, i, to);
                out.add(i, to, sentence, segment, e == null ? Tokens.NONE : e.symbols(), e, -1);
                i = to;
            }
        }
        joinAbbreviationCuts(out, text);
        return out;
    }

    /**
     * The sentence model also cuts after "a.m." in "9 a.m. Tuesday": a cut after an abbreviation
     * the vocabulary knows is undone when a temporal word follows.
     */
    private static void joinAbbreviationCuts(Tokens out, char[] text) {
        int removed = 0;
        int previous = out.size > 0 ? out.segment[0] : 0;
        for (int k = 1; k < out.size; k++) {
            int original = out.segment[k];
            boolean cut = original != previous;
            previous = original;
            if (cut && out.entry[k - 1] != null && out.entry[k - 1].word().endsWith(".") && out.entry[k] != null
                && Character.isUpperCase(text[out.start[k]]) && isTemporalWord(out.entry[k])) {
                removed++;
            }
            out.segment[k] = original - removed;
        }
    }

    /** A word of words.tsv (weekday, month, zone ...): its first class has a value; literals have none. */
    private static boolean isTemporalWord(WordEntry e) {
        return e.values().length > 0 && !e.values()[0].isEmpty();
    }

    /** The sentence model cuts after "Aug." in "Aug. 5"; such a cut does not stop a pattern. */
    private static boolean continuesAbbreviation(Tokens out, char[] text, int at) {
        if (out.size == 0) {
            return false;
        }
        WordEntry last = out.entry[out.size - 1];
        char c = text[at];
        return last != null && last.word().endsWith(".") && (c >= '0' && c <= '9' || Character.isLowerCase(c));
    }

    private int word(char[] text, int from, int n, int sentence, int segment, Tokens out) {
        int i = from + 1;
        while (i < n) {
            char c = text[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'                // most letters: no call
                || c >= 128 && isLetter(c) || isApostrophe(c) && i + 1 < n && isLetter(text[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        // a.m., p.m., U.S.: single letters each followed by a period
        if (i == from + 1 && i + 1 < n && text[i] == '.' && isLetter(text[i + 1]) && (i + 2 >= n || !isLetter(text[i + 2]))) {
            int end = i + 2;
            if (end < n && text[end] == '.') {
                end++;
            }
            WordEntry e = words.find(text, from, end);
            if (e != null) {
                out.add(from, end, sentence, segment, e.symbols(), e, -1);
                return end;
            }
        }
        if (i < n && text[i] == '.') {
            WordEntry e = words.find(text, from, i + 1);
            if (e != null) {
                out.add(from, i + 1, sentence, segment, e.symbols(), e, -1);
                return i + 1;
            }
        }
        WordEntry e = words.find(text, from, i);
        if (i - from > 2 && (text[i - 1] == 's' || text[i - 1] == 'S') && isApostrophe(text[i - 2])) {
            WordEntry base = words.find(text, from, i - 2);
            if (base != null) {                                  // last year's: TimeML leaves the 's outside
                out.add(from, i - 2, sentence, segment, base.symbols(), base, -1);
                WordEntry s = words.find(text, i - 2, i);
                out.add(i - 2, i, sentence, segment, s == null ? Tokens.NONE : s.symbols(), s, -1);
                return i;
            }
        }
        out.add(from, i, sentence, segment, e == null ? Tokens.NONE : e.symbols(), e, -1);
        return i;
    }

    private int number(char[] text, int from, int n, int sentence, int segment, Tokens out) {
        int i = digits(text, from, n);
        // 1,200 and 1,000,000: thousands separators
        while (i + 3 < n && text[i] == ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3])
            && (i + 4 >= n || !isDigit(text[i + 4]))) {
            i += 4;
        }
        if (i + 1 < n && text[i] == ':' && isDigit(text[i + 1]) && i - from <= 2) {
            int end = digits(text, i + 1, n);
            if (end - i == 3) {
                if (end + 2 < n && text[end] == ':' && isDigit(text[end + 1])) {
                    end = digits(text, end + 1, n);
                }
                int minutes = parse(text, from, i) * 60 + parse(text, i + 1, i + 3);
                out.add(from, end, sentence, segment, shapes.clock(), null, minutes);
                return end;
            }
        }
        if (i + 1 < n && (text[i] == '-' || text[i] == '/' || text[i] == '.') && isDigit(text[i + 1])) {
            char sep = text[i];
            int second = digits(text, i + 1, n);
            if (second + 1 < n && text[second] == sep && isDigit(text[second + 1])) {
                int third = digits(text, second + 1, n);
                if (third - second - 1 <= 4 && (third >= n || !isLetter(text[third]))) {
                    out.add(from, third, sentence, segment, shapes.numericDate(), null, -1);
                    return third;
                }
            }
            if (sep == '.') {
                int end = digits(text, i + 1, n); // a decimal number: no shape
                out.add(from, end, sentence, segment, Tokens.NONE, null, -1);
                return end;
            }
        }
        if (i < n && isLetter(text[i])) {
            int end = i;
            while (end < n && isLetter(text[end])) {
                end++;
            }
            if (end - from > 12 || i - from > 9) {
                out.add(from, end, sentence, segment, Tokens.NONE, null, -1);
                return end;
            }
            long value = parseLong(text, from, i);
            String suffix = new String(text, i, end - i).toLowerCase(java.util.Locale.ROOT);
            int[] syms = switch (suffix) {
                case "st", "nd", "rd", "th" -> shapes.ordinal(value);
                case "s" -> (i - from == 4 || i - from == 2) && value % 10 == 0 ? shapes.decade() : Tokens.NONE;
                case "am", "pm" -> value >= 1 && value <= 12 ? shapes.ampmTime() : Tokens.NONE;
                default -> Tokens.NONE;
            };
            if (syms == shapes.ampmTime()) {
                value = value * 60 + (suffix.equals("pm") && value != 12 ? 12 * 60 : 0) - (suffix.equals("am") && value == 12 ? 12 * 60 : 0);
            }
            out.add(from, end, sentence, segment, syms, null, value);
            return end;
        }
        if (i - from > 9) {
            out.add(from, i, sentence, segment, Tokens.NONE, null, -1);
            return i;
        }
        long value = parseLong(text, from, i);
        WordEntry literal = words.find(text, from, i);
        out.add(from, i, sentence, segment, shapes.number(value, i - from, literal), literal, value);
        return i;
    }

    private static int digits(char[] text, int from, int n) {
        int i = from;
        while (i < n && isDigit(text[i])) {
            i++;
        }
        return i;
    }

    private static int parse(char[] text, int from, int to) {
        return (int) parseLong(text, from, to);
    }

    private static long parseLong(char[] text, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (text[i] >= '0' && text[i] <= '9') {
                v = v * 10 + (text[i] - '0');
            }
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
