package org.textlens.nlp;

import java.util.List;
import org.textlens.corpus.Document;

/** A document with its sentences and tokens; the single input every analyser works from. */
public record AnnotatedDocument(Document doc, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }
}
