package org.textlens.corpus;

import java.util.Optional;

/** A corpus format in which each non-blank line is one record: {@code lines} and {@code jsonl}. */
interface LineFormat {
    /** The document of line {@code number} of {@code source}, or empty when it was reported and skipped. */
    Optional<Document> document(InputSource source, long number, String line);
}
