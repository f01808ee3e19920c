package org.textlens.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON: one object {@code {command, version, options, results: [...]}}, results streamed.
 * JSON Lines: one result object per line and nothing else, for {@code jq -c} and friends.
 */
final class JsonWriter extends RowWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator gen;
    private final boolean envelope;

    private JsonWriter(OutputStream out, Schema schema, boolean envelope) throws IOException {
        super(schema);
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.envelope = envelope;
    }

    static JsonWriter envelope(OutputStream out, Schema schema, RunInfo info) throws IOException {
        JsonWriter w = new JsonWriter(out, schema, true);
        w.gen.useDefaultPrettyPrinter();
        w.gen.writeStartObject();
        w.gen.writeStringField("command", info.command());
        w.gen.writeStringField("version", info.version());
        w.gen.writeFieldName("options");
        w.writeValue(info.options());
        w.gen.writeArrayFieldStart("results");
        return w;
    }

    static JsonWriter lines(OutputStream out, Schema schema) throws IOException {
        JsonWriter w = new JsonWriter(out, schema, false);
        w.gen.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        return w;
    }

    @Override
    public void write(Row row) throws IOException {
        checkWidth(row);
        List<Object> values = row.values();
        gen.writeStartObject();
        for (int i = 0; i < values.size(); i++) {
            Column col = schema.columns().get(i);
            gen.writeFieldName(col.name());
            Optional<String> text = text(i, values.get(i));
            if (text.isEmpty()) {
                gen.writeNull();
            } else if (col.kind() == Column.Kind.TEXT) {
                gen.writeString(text.get());
            } else if (col.kind() == Column.Kind.BOOLEAN) {
                gen.writeBoolean(Boolean.parseBoolean(text.get()));
            } else {
                gen.writeNumber(text.get());
            }
        }
        gen.writeEndObject();
    }

    /** One pretty-printed JSON value (a run's description, say) and a newline. */
    static void document(OutputStream out, Object value) throws IOException {
        JsonWriter w = new JsonWriter(out, Schema.of(), false);
        w.gen.useDefaultPrettyPrinter();
        w.writeValue(value);
        w.close();
    }

    /** Option values: strings, numbers, booleans, lists and maps of these. */
    private void writeValue(Object v) throws IOException {
        if (v instanceof Optional<?> o) {
            if (o.isPresent()) {
                writeValue(o.get());
            } else {
                gen.writeNull();
            }
        } else if (v instanceof Map<?, ?> m) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                writeValue(e.getValue());
            }
            gen.writeEndObject();
        } else if (v instanceof List<?> l) {
            gen.writeStartArray();
            for (Object x : l) {
                writeValue(x);
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

    @Override
    public void close() throws IOException {
        if (envelope) {
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeRaw('\n');
        gen.flush();
    }
}
