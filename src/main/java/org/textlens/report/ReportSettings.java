package org.textlens.report;

import java.util.Map;

/**
 * How the report is laid out.
 *
 * @param title the page title
 * @param maxDocuments documents after this many are listed but get no view of their own
 * @param version textlens's version, for the footer
 * @param options the effective options, shown in the footer so a report says how it was made
 */
public record ReportSettings(String title, int maxDocuments, String version, Map<String, Object> options) {
    public ReportSettings {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}
