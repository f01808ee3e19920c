package org.textlens.report.html;

import java.util.Map;

/**
 * A span of a document's text to wrap in an element: code-point offsets {@code [start, end)}, as
 * every analyser reports them. Lower layers are outer: sentences (0) hold quotes (1), which hold
 * term highlights (2). Attributes keep their order.
 */
public record Mark(int start, int end, int layer, String tag, String cssClass, Map<String, String> attributes) {
    public static final int SENTENCE = 0;
    public static final int QUOTE = 1;
    public static final int TERM = 2;

    public Mark {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
