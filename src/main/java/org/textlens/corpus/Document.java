package org.textlens.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One document as read from the input: its identifier, its text exactly as decoded, an optional
 * publication date and any further fields a corpus record carried. {@code origin} says where it was
 * read ({@code FILE} or {@code FILE:LINE} of the record's first line; empty when made in code), for
 * errors about a record's fields, such as a bad training label.
 */
public record Document(String id, String text, Optional<LocalDate> date, Map<String, String> meta, String origin) {
    public Document {
        meta = Map.copyOf(meta);
    }

    public Document(String id, String text, Optional<LocalDate> date, Map<String, String> meta) {
        this(id, text, date, meta, "");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, Optional.empty(), Map.of());
    }
}
