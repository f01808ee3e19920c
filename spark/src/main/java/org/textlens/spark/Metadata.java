package org.textlens.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code _textlens.json} in the output folder: the command, the version, the effective options
 * (as the CLI's JSON envelope reports them), what reading met and how many rows were written.
 */
final class Metadata {
    private Metadata() {
    }

    static void write(OutputStream out, Map<String, Object> metadata) throws IOException {
        try (JsonGenerator gen = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            gen.useDefaultPrettyPrinter();
            value(gen, metadata);
            gen.writeRaw('\n');
        }
    }

    private static void value(JsonGenerator gen, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof Optional<?> o) {
            value(gen, o.orElse(null));
        } else if (v instanceof Map<?, ?> m) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                value(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (v instanceof List<?> l) {
            gen.writeStartArray();
            for (Object x : l) {
                value(gen, x);
            }
            gen.writeEndArray();
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            gen.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            gen.writeNumber(n.doubleValue());
        } else {
            gen.writeString(String.valueOf(v));
        }
    }
}
