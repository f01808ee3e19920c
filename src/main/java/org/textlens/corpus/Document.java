package org.textlens.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One document as read from the input: its identifier, its text exactly as decoded, an optional
 * publication date, any further fields a corpus record carried, and where it was read from
 * ({@code FILE} or {@code FILE:LINE}), for error messages about the record's own fields.
 */
public record Document(String id, String text, Optional<LocalDate> date, Map<String, String> meta, String origin) {
    public Document {
        meta = Map.copyOf(meta);
    }

    /** A document whose origin is its id. */
    public Document(String id, String text, Optional<LocalDate> date, Map<String, String> meta) {
        this(id, text, date, meta, id);
    }

    public static Document of(String id, String text) {
        return new Document(id, text, Optional.empty(), Map.of());
    }
}
