package org.textlens.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run's description as one JSON document (the Spark job's _textlens.json), written as the envelope writes options. */
class JsonDocumentTest {
    @Test
    void mapsListsNumbersBooleansAndEmptyValuesInOrder() throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("command", "freq");
        doc.put("options", Map.of("top", 5));
        doc.put("inputs", List.of("a.txt", "b.txt"));
        doc.put("tfidf", false);
        doc.put("share", 0.25);
        doc.put("date", Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowWriter.writeJson(out, doc);
        assertEquals("""
            {
              "command" : "freq",
              "options" : {
                "top" : 5
              },
              "inputs" : [ "a.txt", "b.txt" ],
              "tfidf" : false,
              "share" : 0.25,
              "date" : null
            }
            """, out.toString(StandardCharsets.UTF_8));
    }
}
