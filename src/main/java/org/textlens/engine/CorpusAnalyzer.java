package org.textlens.engine;

import java.util.stream.Stream;
import org.textlens.nlp.AnnotatedDocument;

/**
 * An analysis over a whole corpus, written as a fold with a merge, so that one implementation
 * serves a single thread, {@code --threads N}, and a distributed aggregate alike. An accumulator
 * is used by one thread at a time; {@code merge} combines accumulators of different threads.
 */
public interface CorpusAnalyzer<A, R> {
    A empty();

    A add(A acc, AnnotatedDocument doc);

    A merge(A left, A right);

    Stream<R> finish(A acc);
}
