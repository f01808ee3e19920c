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

    /**
     * Whether a long document may be cut into pieces that are added on several threads with
     * {@link #addPiece}: true only where the result cannot tell (counts that add up, and a
     * document frequency that still counts the document once).
     */
    default boolean addsPieces() {
        return false;
    }

    /**
     * Adds one piece of the document numbered {@code document} (the same number for all its
     * pieces, unique in the run); the accumulators that received its pieces are merged later, and
     * the merged result must count it as one document.
     */
    default A addPiece(A acc, AnnotatedDocument piece, long document) {
        throw new UnsupportedOperationException("this analysis does not add documents in pieces");
    }
}
