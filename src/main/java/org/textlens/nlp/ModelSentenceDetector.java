package org.textlens.nlp;

import java.util.Arrays;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The sentence ends of OpenNLP's {@link SentenceDetectorME#sentPosDetect}, found the same way
 * (same candidates, same context features, same maxent model) but without its per-character
 * {@code HashSet<Character>} look-up and boxed position list, which were most of its time. The
 * context features are the default generator's, computed over an array ({@link SentenceContexts});
 * they are looked up, without building their Strings, in a primitive-keyed copy of the model's
 * parameters ({@link MaxentTable}) that sums and compares them exactly as the model does, so each
 * decision is the library's.
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
    private final MaxentTable table;             // null: the model's own eval over feature Strings
    private final int splitOutcome;
    private final SentenceContexts.FeatureSink toTable;
    private int[] ends = new int[16];
    private int[] pairs = new int[32];

    ModelSentenceDetector(SentenceModel sentenceModel) {
        this(sentenceModel, true);
    }

    /**
     * @param primitiveFeatures look features up in a primitive-keyed copy of the model's
     *     parameters ({@link MaxentTable}) rather than as Strings in the model's own map; both
     *     decide identically, the second is kept as the reference and for benchmarks
     */
    ModelSentenceDetector(SentenceModel sentenceModel, boolean primitiveFeatures) {
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
        table = primitiveFeatures && fastContexts != null ? sharedTable(model) : null;
        splitOutcome = model.getIndex(SentenceDetectorME.SPLIT);
        MaxentTable t = table;
        toTable = t == null ? null : (prefix, chars, from, to) -> t.add(prefix.chars(), chars, from, to, MaxentTable.hash(prefix.hash(), chars, from, to));
    }

    private static MaxentModel tableModel;
    private static MaxentTable tableOfModel;

    /** The parameter table of {@code model}, built once per process and copied per detector. */
    private static synchronized MaxentTable sharedTable(MaxentModel model) {
        if (tableModel != model) {
            tableOfModel = MaxentTable.of(model);
            tableModel = model;
        }
        return tableOfModel == null ? null : tableOfModel.copy();
    }

    /** Whether the model puts a sentence end at {@code position} of the paragraph {@code chars[lo, hi)}. */
    private boolean splitsAt(char[] chars, int lo, int hi, int position) {
        if (table != null) {
            table.begin();
            fastContexts.features(chars, lo, hi, position, toTable);
            return table.best() == splitOutcome;
        }
        String[] context = fastContexts != null ? fastContexts.context(chars, lo, hi, position)
            : contexts.getContext(new String(chars, lo, hi - lo), position - lo);
        return SentenceDetectorME.SPLIT.equals(model.getBestOutcome(model.eval(context)));
    }

    /** Sentence spans of {@code s}, exactly as {@code SentenceDetectorME.sentPosDetect(s)}. */
    Span[] sentPosDetect(String s) {
        char[] chars = s.toCharArray();
        int n = detect(chars, 0, chars.length);
        if (n < 0) {
            return library.sentPosDetect(s);
        }
        Span[] spans = new Span[n];
        for (int i = 0; i < n; i++) {
            spans[i] = new Span(pairs[2 * i], pairs[2 * i + 1]);
        }
        return spans;
    }

    /**
     * The sentences of the paragraph {@code chars[lo, hi)}, exactly as
     * {@code SentenceDetectorME.sentPosDetect} finds them in its text: returns their number, their
     * bounds are {@link #bounds()}{@code [2i, 2i + 1]} (indices into {@code chars}); -1 when the
     * paragraph takes a path this class leaves to the library (then call {@link #sentPosDetect}).
     */
    int detect(char[] chars, int lo, int hi) {
        if (libraryOnly) {
            return -1;
        }
        int count = 0;
        int index = lo;
        int cint = nextEnder(chars, lo, hi);
        while (cint >= 0) {
            int following = nextEnder(chars, cint + 1, hi);
            // skip over the leading parts of non-token final delimiters
            boolean skip = following >= 0 && following < firstWhitespace(chars, cint + 1, hi)
                    || count > 0 && cint < ends[count - 1];
            if (!skip && splitsAt(chars, lo, hi, cint)) {
                if (index != cint) {
                    int end = useTokenEnd ? firstNonWhitespace(chars, firstWhitespace(chars, cint + 1, hi), hi)
                        : firstNonWhitespace(chars, cint + 1, hi);
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    ends[count++] = end;
                }
                index = cint + 1;
            }
            cint = following;
        }
        if (count == 0) {
            return whole(chars, lo, hi);
        }
        boolean leftover = ends[count - 1] != hi;
        int n = leftover ? count + 1 : count;
        if (pairs.length < 2 * n) {
            pairs = new int[2 * n + 16];
        }
        for (int i = 0; i < n; i++) {
            int start = trimStart(chars, i == 0 ? lo : ends[i - 1], i < count ? ends[i] : hi);
            int end = trimEnd(chars, start, i < count ? ends[i] : hi);
            if (end == start) {
                return -1; // the library's own (odd) handling of an empty span
            }
            pairs[2 * i] = start - lo;
            pairs[2 * i + 1] = end - lo;
        }
        return n;
    }

    /** The sentence bounds of the last {@link #detect}, relative to its {@code lo}. */
    int[] bounds() {
        return pairs;
    }

    private int whole(char[] chars, int lo, int hi) {
        int start = trimStart(chars, lo, hi);
        int end = trimEnd(chars, start, hi);
        if (end == start) {
            return 0;
        }
        pairs[0] = start - lo;
        pairs[1] = end - lo;
        return 1;
    }

    /** {@code Span.trim}: white space as OpenNLP's {@code StringUtil.isWhitespace} sees it. */
    private static int trimStart(char[] s, int from, int to) {
        while (from < to && SentenceContexts.isWhitespace(s[from])) {
            from++;
        }
        return from;
    }

    private static int trimEnd(char[] s, int from, int to) {
        while (to > from && SentenceContexts.isWhitespace(s[to - 1])) {
            to--;
        }
        return to;
    }

    private int nextEnder(char[] s, int from, int to) {
        long low = lowEnders; // locals: the quick compiler reloads fields on every iteration
        char[] high = highEnders;
        if (high.length == 0) {
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c < 64 && (low >>> c & 1) != 0) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 64) {
                if ((low >>> c & 1) != 0) {
                    return i;
                }
            } else {
                for (char e : high) {
                    if (c == e) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static int firstWhitespace(char[] s, int pos, int to) {
        while (pos < to && !SentenceContexts.isWhitespace(s[pos])) {
            pos++;
        }
        return pos;
    }

    private static int firstNonWhitespace(char[] s, int pos, int to) {
        while (pos < to && SentenceContexts.isWhitespace(s[pos])) {
            pos++;
        }
        return pos;
    }
}
