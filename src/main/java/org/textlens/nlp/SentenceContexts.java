package org.textlens.nlp;

import java.util.Arrays;
import opennlp.tools.util.StringUtil;

/**
 * The features of OpenNLP's {@code DefaultSDContextGenerator.getContext} for a candidate sentence
 * end, computed the same way, in the same order, over a {@code char[]}: the library's version
 * works through {@code CharSequence.charAt}, a {@code HashSet<Character>} of end characters, a
 * synchronized {@code StringBuffer} and several substrings per candidate, which made it the largest
 * part of sentence detection. Only for a generator without induced abbreviations (the library then
 * adds no abbreviation features); {@link ModelSentenceDetector} uses the library's otherwise.
 * One instance per thread.
 */
final class SentenceContexts {
    private final char[] enders;
    private String[] features = new String[16];
    private int count;

    SentenceContexts(char[] enders) {
        this.enders = enders.clone();
    }

    /** Receives the features of a candidate in order: each is {@code prefix} followed by {@code s[from, to)}. */
    interface FeatureSink {
        void feature(Feature prefix, char[] s, int from, int to);
    }

    /** The fixed first part of a feature, with the String hash of its characters. */
    record Feature(char[] chars, int hash) {
        static Feature of(String text) {
            return new Feature(text.toCharArray(), text.hashCode());
        }
    }

    private static final Feature SP = Feature.of("sp");
    private static final Feature SN = Feature.of("sn");
    private static final Feature EOS = Feature.of("eos=");
    private static final Feature X = Feature.of("x=");
    private static final Feature XCAP = Feature.of("xcap");
    private static final Feature V = Feature.of("v=");
    private static final Feature VCAP = Feature.of("vcap");
    private static final Feature S = Feature.of("s=");
    private static final Feature SCAP = Feature.of("scap");
    private static final Feature N = Feature.of("n=");
    private static final Feature NCAP = Feature.of("ncap");
    private static final Feature NONE = Feature.of("");
    private static final char[] EMPTY = new char[0];
    private static final char[] LF = "<LF>".toCharArray();
    private static final char[] CR = "<CR>".toCharArray();

    private final char[] digits = new char[10];
    private final char[] one = new char[1];

    private final FeatureSink strings = (prefix, s, from, to) -> {
        String text = new String(prefix.chars()) + new String(s, from, to - from);
        if (count == features.length) {
            features = Arrays.copyOf(features, count * 2);
        }
        features[count++] = text;
    };

    /** {@code getContext(s, position)} of the library's default generator, as Strings. */
    String[] context(char[] s, int position) {
        return context(s, 0, s.length, position);
    }

    /** {@code getContext(paragraph, position - lo)} for the paragraph {@code s[lo, hi)}, as Strings. */
    String[] context(char[] s, int lo, int hi, int position) {
        count = 0;
        features(s, lo, hi, position, strings);
        return Arrays.copyOf(features, count);
    }

    /**
     * The features of {@code getContext(paragraph, position - lo)} for the paragraph
     * {@code s[lo, hi)}, in the library's order, as pieces of {@code s} (or of small buffers): no
     * String is made.
     */
    void features(char[] s, int lo, int hi, int position, FeatureSink sink) {
        int lastIndex = hi - 1;
        if (position > lo && isWhitespace(s[position - 1])) {
            sink.feature(SP, EMPTY, 0, 0);
        }
        if (position < lastIndex && isWhitespace(s[position + 1])) {
            sink.feature(SN, EMPTY, 0, 0);
        }
        char eos = s[position];
        if (eos == '\n') {
            sink.feature(EOS, LF, 0, LF.length);
        } else if (eos == '\r') {
            sink.feature(EOS, CR, 0, CR.length);
        } else {
            one[0] = eos;
            sink.feature(EOS, one, 0, 1);
        }
        int prefixStart = previousSpaceIndex(s, lo, position);
        int c = position;
        while (--c > prefixStart) {
            if (isEnder(s[c])) {
                prefixStart = c;
                c++;
            }
        }
        checkRange(prefixStart, position);
        int prefixFrom = trimStart(s, prefixStart, position);
        int prefixTo = trimEnd(s, prefixFrom, position);
        int prevStart = previousSpaceIndex(s, lo, prefixStart);
        checkRange(prevStart, prefixStart);
        int previousFrom = trimStart(s, prevStart, prefixStart);
        int previousTo = trimEnd(s, previousFrom, prefixStart);
        int suffixEnd = nextSpaceIndex(s, hi, position, lastIndex);
        c = position;
        while (++c < suffixEnd) {
            if (isEnder(s[c])) {
                suffixEnd = c;
                c--;
            }
        }
        int nextEnd = nextSpaceIndex(s, hi, suffixEnd + 1, lastIndex + 1);
        int suffixFrom = 0;
        int suffixTo = 0;
        int nextFrom = 0;
        int nextTo = 0;
        if (position != lastIndex) {
            checkRange(position + 1, suffixEnd);
            suffixFrom = trimStart(s, position + 1, suffixEnd);
            suffixTo = trimEnd(s, suffixFrom, suffixEnd);
            checkRange(suffixEnd + 1, nextEnd);
            nextFrom = trimStart(s, suffixEnd + 1, nextEnd);
            nextTo = trimEnd(s, nextFrom, nextEnd);
        }
        sink.feature(X, s, prefixFrom, prefixTo);
        if (prefixTo > prefixFrom) {
            int length = prefixTo - prefixFrom;
            int at = digits.length;
            do {
                digits[--at] = (char) ('0' + length % 10);
                length /= 10;
            } while (length > 0);
            sink.feature(NONE, digits, at, digits.length);
            if (Character.isUpperCase(s[prefixFrom])) {
                sink.feature(XCAP, EMPTY, 0, 0);
            }
        }
        sink.feature(V, s, previousFrom, previousTo);
        if (previousTo > previousFrom && Character.isUpperCase(s[previousFrom])) {
            sink.feature(VCAP, EMPTY, 0, 0);
        }
        sink.feature(S, s, suffixFrom, suffixTo);
        if (suffixTo > suffixFrom && Character.isUpperCase(s[suffixFrom])) {
            sink.feature(SCAP, EMPTY, 0, 0);
        }
        sink.feature(N, s, nextFrom, nextTo);
        if (nextTo > nextFrom && Character.isUpperCase(s[nextFrom])) {
            sink.feature(NCAP, EMPTY, 0, 0);
        }
    }

    private boolean isEnder(char c) {
        for (char e : enders) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    /** {@code sb.subSequence(from, to)} throws for a reversed range; so does the library's generator. */
    private static void checkRange(int from, int to) {
        if (from > to) {
            throw new StringIndexOutOfBoundsException("begin " + from + ", end " + to);
        }
    }

    /** Where {@code String.trim()} of {@code s[from, to)} starts. */
    private static int trimStart(char[] s, int from, int to) {
        while (from < to && s[from] <= ' ') {
            from++;
        }
        return from;
    }

    /** Where {@code String.trim()} of {@code s[from, to)} ends, {@code from} already trimmed. */
    private static int trimEnd(char[] s, int from, int to) {
        while (to > from && s[to - 1] <= ' ') {
            to--;
        }
        return to;
    }

    private static final boolean[] ASCII_WHITESPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WHITESPACE[c] = StringUtil.isWhitespace(c);
        }
    }

    /** {@code StringUtil.isWhitespace(c)}, without a property look-up for ASCII. */
    static boolean isWhitespace(char c) {
        return c < 128 ? ASCII_WHITESPACE[c] : StringUtil.isWhitespace(c);
    }

    /** The library's {@code previousSpaceIndex} in the paragraph that starts at {@code lo}. */
    private static int previousSpaceIndex(char[] s, int lo, int seek) {
        do {
            seek--;
        } while (seek > lo && !isWhitespace(s[seek]));
        if (seek > lo && isWhitespace(s[seek])) {
            while (seek > lo && isWhitespace(s[seek - 1])) {
                seek--;
            }
            return seek;
        }
        return lo;
    }

    /** The library's {@code nextSpaceIndex} in the paragraph that ends at {@code hi}. */
    private static int nextSpaceIndex(char[] s, int hi, int seek, int lastIndex) {
        seek++;
        while (seek < lastIndex) {
            if (isWhitespace(s[seek])) {
                while (hi > seek + 1 && isWhitespace(s[seek + 1])) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }
}
