package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import org.textlens.corpus.Document;

/** Splits a document into sentences and tokens, and tags them when asked. Not thread-safe. */
public final class Annotator {
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final PosTagger tagger; // null when tags were not requested

    Annotator(SentenceSplitter splitter, Tokenizer tokenizer, PosTagger tagger) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
    }

    public AnnotatedDocument annotate(Document doc) {
        return annotate(doc, false);
    }

    /**
     * Annotates a piece of a longer document cut at {@link #pieces} that does not start it: its
     * sentences and tokens are those the whole document has there.
     */
    public AnnotatedDocument annotatePiece(Document piece) {
        return annotate(piece, true);
    }

    /**
     * Where a long text can be cut into pieces of about {@code size} characters that are annotated
     * exactly as the whole text is there (at paragraph ends that hold whatever follows): the bounds
     * {@code 0, c1, ..., length}. For counting one long document on several threads.
     */
    public static int[] pieces(String text, int size) {
        return Paragraphs.cuts(text, size);
    }

    /**
     * The last place after a line break at or after {@code from} where a text being read can be
     * cut into pieces as {@link #pieces} cuts, or -1; {@code contentBefore} when the text
     * continues one that had content before it.
     */
    public static int lastPieceEnd(CharSequence text, int from, boolean contentBefore) {
        return Paragraphs.lastCut(text, from, contentBefore);
    }

    private AnnotatedDocument annotate(Document doc, boolean continuation) {
        String text = doc.text();
        if (tagger == null && tokenizer instanceof WordTokenizer word) {
            char[] chars = text.toCharArray(); // one copy for the splitter and the token visits
            return new AnnotatedDocument(doc, chars, splitter.split(text, chars, continuation), word);
        }
        CodePointIndex index = CodePointIndex.of(text);
        List<int[]> ranges = splitter.split(text, continuation);
        List<Sentence> sentences = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            List<Token> tokens = tokenizer.tokenize(text, r[0], r[1], index);
            if (tagger != null) {
                tokens = tagger.tag(tokens);
            }
            sentences.add(new Sentence(sentences.size(), index.span(r[0], r[1]), tokens));
        }
        return new AnnotatedDocument(doc, sentences);
    }
}
