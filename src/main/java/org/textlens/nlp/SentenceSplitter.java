package org.textlens.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds sentence ranges in a text; one instance per thread. */
abstract sealed class SentenceSplitter permits SentenceSplitter.ByModel, SentenceSplitter.ByParagraph {

    /**
     * The longest sentence we hand to analysers. A "sentence" longer than this is a run of text
     * without sentence punctuation (a dump, a table); it is cut at white space so that memory and
     * time per sentence stay bounded whatever the input.
     */
    static final int MAX_SENTENCE_CHARS = 20_000;

    /** Sentence ranges as {start, end} UTF-16 index pairs in text order. */
    final List<int[]> split(String text) {
        return split(text, false);
    }

    /**
     * {@link #split(String)}; with {@code continuation} the text is a piece of a longer document
     * that does not start it (cut by {@link Paragraphs#cuts}), so its first line is no headline.
     */
    final List<int[]> split(String text, boolean continuation) {
        return split(text, text.toCharArray(), continuation);
    }

    /** {@link #split(String, boolean)} with the text's characters already copied into {@code chars}. */
    final List<int[]> split(String text, char[] chars, boolean continuation) {
        List<int[]> ranges = sentences(text, chars, continuation);
        for (int[] r : ranges) {
            if (r[1] - r[0] > MAX_SENTENCE_CHARS) {
                return bounded(text, ranges);
            }
        }
        return ranges;
    }

    abstract List<int[]> sentences(String text, char[] chars, boolean continuation);

    private static List<int[]> bounded(String text, List<int[]> ranges) {
        List<int[]> out = new ArrayList<>(ranges.size() + 16);
        for (int[] r : ranges) {
            int start = r[0];
            while (r[1] - start > MAX_SENTENCE_CHARS) {
                int cut = start + MAX_SENTENCE_CHARS;
                while (cut > start && !Character.isWhitespace(text.charAt(cut))) {
                    cut--;
                }
                if (cut == start) {
                    // one word longer than a sentence may be: it stays whole, and the cut comes after it
                    cut = start + MAX_SENTENCE_CHARS;
                    while (cut < r[1] && !Character.isWhitespace(text.charAt(cut))) {
                        cut++;
                    }
                }
                Paragraphs.addTrimmed(out, text, start, cut);
                start = cut;
            }
            Paragraphs.addTrimmed(out, text, start, r[1]);
        }
        return out;
    }

    /**
     * OpenNLP's English sentence model, applied inside each paragraph. The model sometimes ends a
     * sentence inside a number ("worth $2.5 | billion"); a sentence that does not end with
     * sentence-final punctuation is joined with the next one in its paragraph, and so is one cut
     * after an abbreviation that the next words continue ({@link AbbreviationCuts}).
     */
    static final class ByModel extends SentenceSplitter {
        private final ModelSentenceDetector detector;

        ByModel() {
            this(true);
        }

        /** @param primitiveFeatures see {@link ModelSentenceDetector#ModelSentenceDetector(opennlp.tools.sentdetect.SentenceModel, boolean)} */
        ByModel(boolean primitiveFeatures) {
            detector = new ModelSentenceDetector(EnglishModels.sentences(), primitiveFeatures);
        }

        @Override
        List<int[]> sentences(String text, char[] chars, boolean continuation) {
            List<int[]> out = new ArrayList<>();
            for (int[] p : Paragraphs.split(chars, continuation)) {
                int pending = -1;
                int[] spans = spans(text, chars, p[0], p[1]);
                int count = spans.length / 2;
                for (int i = 0; i < count; i++) {
                    int start = pending >= 0 ? pending : p[0] + spans[2 * i];
                    int end = p[0] + spans[2 * i + 1];
                    boolean last = spans[2 * i + 1] >= p[1] - p[0];
                    boolean cut = endsSentence(text, start, end)
                        && (i + 1 == count || !AbbreviationCuts.continues(text, end, p[0] + spans[2 * i + 2]));
                    if (cut || last) {
                        Paragraphs.addTrimmed(out, chars, start, end);
                        pending = -1;
                    } else {
                        pending = start;
                    }
                }
                if (pending >= 0) {
                    Paragraphs.addTrimmed(out, chars, pending, p[1]);
                }
            }
            return out;
        }

        /** The model's sentences of the paragraph {@code text[from, to)} as {start, end} pairs relative to {@code from}. */
        private int[] spans(String text, char[] chars, int from, int to) {
            int n = detector.detect(chars, from, to);
            if (n >= 0) {
                return Arrays.copyOf(detector.bounds(), 2 * n);
            }
            opennlp.tools.util.Span[] spans = detector.sentPosDetect(text.substring(from, to));
            int[] pairs = new int[2 * spans.length];
            for (int i = 0; i < spans.length; i++) {
                pairs[2 * i] = spans[i].getStart();
                pairs[2 * i + 1] = spans[i].getEnd();
            }
            return pairs;
        }

        private static boolean endsSentence(String text, int start, int end) {
            int i = end - 1;
            while (i >= start && (Character.isWhitespace(text.charAt(i)) || "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            return i >= start && ".!?\u2026:;".indexOf(text.charAt(i)) >= 0;
        }
    }

    /**
     * Paragraphs only, for analyses where sentence boundaries inside a paragraph cannot change the
     * result (unigram counts): saves the model's cost on large corpora.
     */
    static final class ByParagraph extends SentenceSplitter {
        @Override
        List<int[]> sentences(String text, char[] chars, boolean continuation) {
            return Paragraphs.split(chars, continuation);
        }
    }
}
