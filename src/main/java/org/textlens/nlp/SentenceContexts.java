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

    /** {@code getContext(s, position)} of the library's default generator. */
    String[] context(char[] s, int position) {
        count = 0;
        int lastIndex = s.length - 1;
        if (position > 0 && StringUtil.isWhitespace(s[position - 1])) {
            add("sp");
        }
        if (position < lastIndex && StringUtil.isWhitespace(s[position + 1])) {
            add("sn");
        }
        add("eos=" + escape(s[position]));
        int prefixStart = previousSpaceIndex(s, position);
        int c = position;
        while (--c > prefixStart) {
            if (isEnder(s[c])) {
                prefixStart = c;
                c++;
            }
        }
        String prefix = trimmed(s, prefixStart, position);
        int prevStart = previousSpaceIndex(s, prefixStart);
        String previous = trimmed(s, prevStart, prefixStart);
        int suffixEnd = nextSpaceIndex(s, position, lastIndex);
        c = position;
        while (++c < suffixEnd) {
            if (isEnder(s[c])) {
                suffixEnd = c;
                c--;
            }
        }
        int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);
        String suffix;
        String next;
        if (position == lastIndex) {
            suffix = "";
            next = "";
        } else {
            suffix = trimmed(s, position + 1, suffixEnd);
            next = trimmed(s, suffixEnd + 1, nextEnd);
        }
        add("x=" + prefix);
        if (!prefix.isEmpty()) {
            add(Integer.toString(prefix.length()));
            if (Character.isUpperCase(prefix.charAt(0))) {
                add("xcap");
            }
        }
        add("v=" + previous);
        if (!previous.isEmpty() && Character.isUpperCase(previous.charAt(0))) {
            add("vcap");
        }
        add("s=" + suffix);
        if (!suffix.isEmpty() && Character.isUpperCase(suffix.charAt(0))) {
            add("scap");
        }
        add("n=" + next);
        if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
            add("ncap");
        }
        return Arrays.copyOf(features, count);
    }

    private void add(String feature) {
        if (count == features.length) {
            features = Arrays.copyOf(features, count * 2);
        }
        features[count++] = feature;
    }

    private boolean isEnder(char c) {
        for (char e : enders) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    private static String escape(char c) {
        return c == '\n' ? "<LF>" : c == '\r' ? "<CR>" : String.valueOf(c);
    }

    /** {@code String.valueOf(sb.subSequence(from, to)).trim()}. */
    private static String trimmed(char[] s, int from, int to) {
        if (from > to) {
            throw new StringIndexOutOfBoundsException("begin " + from + ", end " + to);
        }
        while (from < to && s[from] <= ' ') {
            from++;
        }
        while (to > from && s[to - 1] <= ' ') {
            to--;
        }
        return new String(s, from, to - from);
    }

    private static int previousSpaceIndex(char[] s, int seek) {
        do {
            seek--;
        } while (seek > 0 && !StringUtil.isWhitespace(s[seek]));
        if (seek > 0 && StringUtil.isWhitespace(s[seek])) {
            while (seek > 0 && StringUtil.isWhitespace(s[seek - 1])) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    private static int nextSpaceIndex(char[] s, int seek, int lastIndex) {
        seek++;
        while (seek < lastIndex) {
            if (StringUtil.isWhitespace(s[seek])) {
                while (s.length > seek + 1 && StringUtil.isWhitespace(s[seek + 1])) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }
}
