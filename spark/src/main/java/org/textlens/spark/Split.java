package org.textlens.spark;

import java.io.Serializable;
import java.util.List;

/** What one partition reads: consecutive pieces of the corpus, in corpus order. */
record Split(List<Piece> pieces) implements Serializable {
    Split {
        pieces = List.copyOf(pieces);
    }
}
