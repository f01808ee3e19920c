package org.textlens.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One document as read from the input: its identifier, its text exactly as decoded, an optional
 * publication date and any further fields a corpus record carried.
 */
public record Document(String id, String text, Optional<LocalDate> date, Map<String, String> meta) {
    public Document {
        meta = Map.copyOf(meta);
    }

    public static Document of(String id, String text) {
        return new Document(id, text, Optional.empty(), Map.of());
    }
}
