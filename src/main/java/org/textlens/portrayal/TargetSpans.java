package org.textlens.portrayal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.nlp.Span;

/**
 * Target spans that a record brings in one of its fields ({@code --targets-field}): a JSON list of
 * objects with {@code from} and {@code to}, code-point offsets into the text, end exclusive (other
 * keys, such as a mention or a label, are ignored). A malformed list fails with the record's file
 * and line, and which span is wrong.
 */
public final class TargetSpans {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String HINT = "give a JSON list of {\"from\": N, \"to\": M} objects, code-point offsets into the text with from < to";

    private TargetSpans() {
    }

    /** The spans of {@code doc}'s field {@code field}, in the given order. */
    public static List<Span> of(Document doc, String field) {
        String json = doc.meta().get(field);
        if (json == null) {
            throw error(doc, "no field '" + field + "' in this record", "give every record its target spans, or name the field with --targets-field");
        }
        int length = doc.text().codePointCount(0, doc.text().length());
        try {
            return parse(doc, field, json, length);
        } catch (JsonProcessingException e) {
            throw error(doc, "field '" + field + "' is not a JSON list: " + e.getOriginalMessage(), HINT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Span> parse(Document doc, String field, String json, int length) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw error(doc, "field '" + field + "' is not a JSON list", HINT);
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int number = spans.size() + 1;
                String where = "field '" + field + "', span " + number;
                if (t != JsonToken.START_OBJECT) {
                    throw error(doc, where + " is not an object", HINT);
                }
                Integer from = null;
                Integer to = null;
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("from") || key.equals("to")) {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            throw error(doc, where + ": '" + key + "' is not a whole number: " + p.getText(), HINT);
                        }
                        long n = p.getLongValue();
                        int value = n < 0 || n > Integer.MAX_VALUE ? -1 : (int) n;
                        if (value < 0) {
                            throw error(doc, where + ": '" + key + "' is negative or too large: " + n, HINT);
                        }
                        if (key.equals("from")) {
                            from = value;
                        } else {
                            to = value;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (from == null || to == null) {
                    throw error(doc, where + " has no '" + (from == null ? "from" : "to") + "'", HINT);
                }
                if (to > length) {
                    throw error(doc, where + ": 'to' " + to + " is past the end of the text (" + length + " code points)", HINT);
                }
                if (from >= to) {
                    throw error(doc, where + ": 'from' " + from + " is not before 'to' " + to, HINT);
                }
                spans.add(new Span(from, to));
            }
            if (p.nextToken() != null) {
                throw error(doc, "field '" + field + "' has text after the end of the list", HINT);
            }
        }
        return spans;
    }

    /** An error about the record {@code doc} came from: its FILE:LINE, the reason, what to do. */
    private static InputException error(Document doc, String reason, String hint) {
        return new InputException(doc.origin(), reason, hint);
    }
}
