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
        String text = doc.text();
        if (tagger == null && tokenizer instanceof WordTokenizer word) {
            return new AnnotatedDocument(doc, splitter.split(text), word);
        }
        CodePointIndex index = CodePointIndex.of(text);
        List<int[]> ranges = splitter.split(text);
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
