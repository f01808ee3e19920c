package org.textlens.nlp;

import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The sentence ends of OpenNLP's {@link SentenceDetectorME#sentPosDetect}, found the same way
 * (same candidates, same context features, same maxent model) but without its per-character
 * {@code HashSet<Character>} look-up and boxed position list, which were most of its time. The
 * context features are the default generator's, computed over an array ({@link SentenceContexts});
 * the model is called unchanged, so each decision is the library's.
 * Paths that never occur with our model and paragraphs (an abbreviation dictionary, an empty
 * sentence between two ends) are handed to {@link SentenceDetectorME} itself.
 * One instance per thread.
 */
final class ModelSentenceDetector {
    private final SentenceDetectorME library;
    private final SDContextGenerator contexts;
    private final MaxentModel model;
    private final long lowEnders;    // the end-of-sentence characters below 64 ('.', '!', '?') as bits
    private final char[] highEnders; // and the others
    private final boolean useTokenEnd;
    private final boolean libraryOnly;
    private final SentenceContexts fastContexts; // null: the library's own context generator
    private int[] ends = new int[16];

    ModelSentenceDetector(SentenceModel sentenceModel) {
        library = new SentenceDetectorME(sentenceModel);
        SentenceDetectorFactory factory = sentenceModel.getFactory();
        contexts = factory.getSDContextGenerator();
        model = sentenceModel.getMaxentModel();
        useTokenEnd = factory.isUseTokenEnd();
        var scanner = factory.getEndOfSentenceScanner();
        Set<Character> eos = scanner.getEOSCharacters();
        long low = 0;
        StringBuilder high = new StringBuilder();
        for (Character c : eos) {
            if (c < 64) {
                low |= 1L << c;
            } else {
                high.append(c.charValue());
            }
        }
        lowEnders = low;
        highEnders = high.toString().toCharArray();
        libraryOnly = sentenceModel.getAbbreviations() != null
                || scanner.getClass() != DefaultEndOfSentenceScanner.class;
        char[] contextEnders = factory.getEOSCharacters();
        fastContexts = contexts.getClass() == DefaultSDContextGenerator.class && contextEnders != null && contextEnders.length > 0
                ? new SentenceContexts(contextEnders) : null;
    }

    private String[] context(String s, char[] chars, int position) {
        return fastContexts != null ? fastContexts.context(chars, position) : contexts.getContext(s, position);
    }

    /** Sentence spans of {@code s}, exactly as {@code SentenceDetectorME.sentPosDetect(s)}. */
    Span[] sentPosDetect(String s) {
        if (libraryOnly) {
            return library.sentPosDetect(s);
        }
        int n = s.length();
        char[] chars = s.toCharArray();   // scanned as an array: String.charAt on UTF-16 text costs a bounds check call each
        int count = 0;
        int index = 0;
        int cint = nextEnder(chars, 0);
        while (cint >= 0) {
            int following = nextEnder(chars, cint + 1);
            // skip over the leading parts of non-token final delimiters
            boolean skip = following >= 0 && following < firstWhitespace(s, cint + 1)
                    || count > 0 && cint < ends[count - 1];
            if (!skip && SentenceDetectorME.SPLIT.equals(model.getBestOutcome(model.eval(context(s, chars, cint))))) {
                if (index != cint) {
                    int end = useTokenEnd ? firstNonWhitespace(s, firstWhitespace(s, cint + 1)) : firstNonWhitespace(s, cint + 1);
                    if (count == ends.length) {
                        ends = java.util.Arrays.copyOf(ends, count * 2);
                    }
                    ends[count++] = end;
                }
                index = cint + 1;
            }
            cint = following;
        }
        if (count == 0) {
            return whole(s);
        }
        boolean leftover = ends[count - 1] != n;
        Span[] spans = new Span[leftover ? count + 1 : count];
        for (int i = 0; i < count; i++) {
            Span span = new Span(i == 0 ? 0 : ends[i - 1], ends[i]).trim(s);
            if (span.length() == 0) {
                return library.sentPosDetect(s); // the library's own (odd) handling of an empty span
            }
            spans[i] = span;
        }
        if (leftover) {
            Span span = new Span(ends[count - 1], n).trim(s);
            if (span.length() == 0) {
                return library.sentPosDetect(s);
            }
            spans[count] = span;
        }
        return spans;
    }

    private static Span[] whole(String s) {
        int start = 0;
        int end = s.length();
        while (start < s.length() && StringUtil.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > 0 && StringUtil.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span[] {new Span(start, end)} : new Span[0];
    }

    private int nextEnder(char[] s, int from) {
        for (int i = from, n = s.length; i < n; i++) {
            char c = s[i];
            if (c < 64) {
                if ((lowEnders >>> c & 1) != 0) {
                    return i;
                }
            } else {
                for (char e : highEnders) {
                    if (c == e) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static int firstWhitespace(String s, int pos) {
        while (pos < s.length() && !StringUtil.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int firstNonWhitespace(String s, int pos) {
        while (pos < s.length() && StringUtil.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
