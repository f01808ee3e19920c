package org.textlens.spark;

import java.io.Serializable;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Annotator;

/** {@link AnnotationRequest} as serialisable data; each task builds its own annotator (the models load once per JVM). */
record AnnotationSpec(AnnotationRequest.SentenceMode sentences, AnnotationRequest.TokenizerKind tokenizer, boolean pos)
    implements Serializable {

    static AnnotationSpec of(AnnotationRequest r) {
        return new AnnotationSpec(r.sentences(), r.tokenizer(), r.pos());
    }

    Annotator newAnnotator() {
        return new AnnotationRequest(sentences, tokenizer, pos).newAnnotator();
    }
}
