package org.textlens.engine;

import java.util.stream.Stream;
import org.textlens.nlp.AnnotatedDocument;

/** An analysis of one document at a time; must be safe to call from several threads. */
public interface DocumentAnalyzer<R> {
    Stream<R> analyze(AnnotatedDocument doc);
}
