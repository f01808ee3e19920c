package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;

/** Finds sentence ranges in a text; one instance per thread. */
abstract sealed class SentenceSplitter permits SentenceSplitter.ByModel, SentenceSplitter.ByParagraph {

    /** Sentence ranges as {start, end} UTF-16 index pairs in text order. */
    abstract List<int[]> split(String text);

    /** OpenNLP's English sentence model, applied inside each paragraph. */
    static final class ByModel extends SentenceSplitter {
        private final SentenceDetectorME detector = new SentenceDetectorME(EnglishModels.sentences());

        @Override
        List<int[]> split(String text) {
            List<int[]> out = new ArrayList<>();
            for (int[] p : Paragraphs.split(text)) {
                String paragraph = text.substring(p[0], p[1]);
                for (opennlp.tools.util.Span s : detector.sentPosDetect(paragraph)) {
                    Paragraphs.addTrimmed(out, text, p[0] + s.getStart(), p[0] + s.getEnd());
                }
            }
            return out;
        }
    }

    /**
     * Paragraphs only, for analyses where sentence boundaries inside a paragraph cannot change the
     * result (unigram counts): saves the model's cost on large corpora.
     */
    static final class ByParagraph extends SentenceSplitter {
        @Override
        List<int[]> split(String text) {
            return Paragraphs.split(text);
        }
    }
}
