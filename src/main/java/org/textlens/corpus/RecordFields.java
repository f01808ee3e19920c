package org.textlens.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns the fields of one corpus record (JSONL object or CSV row) into a document: picks the id,
 * text and date fields, keeps the rest as metadata, and reports records it cannot use.
 */
final class RecordFields {
    private final InputSettings settings;
    private final Diagnostics diagnostics;

    RecordFields(InputSettings settings, Diagnostics diagnostics) {
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    InputSettings settings() {
        return settings;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The document of a record, or empty when the record was reported and skipped. */
    Optional<Document> toDocument(InputSource source, long line, Map<String, String> fields) {
        String text = fields.get(settings.textField());
        if (text == null) {
            diagnostics.inputError(new InputException(source.name(), OptionalLong.of(line),
                "no field '" + settings.textField() + "' in this record",
                "name the field that holds the text with --text-field"));
            return Optional.empty();
        }
        String id = fields.getOrDefault(settings.idField(), source.name() + ":" + line);
        Optional<LocalDate> date = settings.defaultDate();
        String rawDate = fields.get(settings.dateField());
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                date = Optional.of(parseDate(rawDate.strip()));
            } catch (DateTimeParseException e) {
                diagnostics.inputError(new InputException(source.name(), OptionalLong.of(line),
                    "field '" + settings.dateField() + "' is not a date: '" + Excerpt.of(rawDate) + "'",
                    "dates are written YYYY-MM-DD, optionally followed by a time"));
                return Optional.empty();
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(fields);
        meta.remove(settings.textField());
        meta.remove(settings.idField());
        meta.remove(settings.dateField());
        return Optional.of(new Document(id, text, date, meta, source.name() + ":" + line));
    }

    /** ISO dates, and ISO date-times of which only the date counts ({@code 2024-03-05T10:00Z}). */
    static LocalDate parseDate(String value) {
        int t = value.indexOf('T');
        if (t < 0) {
            t = value.indexOf(' ');
        }
        return LocalDate.parse(t > 0 ? value.substring(0, t) : value);
    }
}
