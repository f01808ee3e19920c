package org.textlens.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** {@code --input-format jsonl}: one JSON object per line; blank lines are ignored. */
final class JsonlReader implements FormatReader, LineFormat {
    private final JsonFactory json = new JsonFactory();
    private final RecordFields fields;

    JsonlReader(RecordFields fields) {
        this.fields = fields;
    }

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        input.lines().forEachNonBlank((number, line) -> document(source, number, line).ifPresent(sink));
    }

    @Override
    public Optional<Document> document(InputSource source, long number, String line) {
        Map<String, String> record;
        try {
            record = parseObject(line);
        } catch (JsonProcessingException e) {
            fields.diagnostics().inputError(new InputException(source.name(), OptionalLong.of(number),
                "not a JSON object: " + Excerpt.of(e.getOriginalMessage()), "each line must hold one JSON object"));
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fields.toDocument(source, number, record);
    }

    /** Top-level fields as text: scalars as their value, arrays and objects as compact JSON; null means absent. */
    private Map<String, String> parseObject(String line) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("the line does not start with '{'", p.currentLocation()) {
                };
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    out.put(name, nested(p));
                } else if (value != JsonToken.VALUE_NULL) {
                    out.put(name, p.getText());
                }
            }
            if (p.nextToken() != null) {
                throw new JsonProcessingException("text after the end of the object", p.currentLocation()) {
                };
            }
        }
        return out;
    }

    /** The array or object the parser stands at, as compact JSON text (a field such as portrayal's target spans). */
    private String nested(JsonParser p) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = json.createGenerator(text)) {
            g.copyCurrentStructure(p);
        }
        return text.toString();
    }
}
