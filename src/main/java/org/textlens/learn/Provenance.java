package org.textlens.learn;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a model came from: the model file's format version, its kind (the command or task that reads
 * it, e.g. {@code sentiment}), the SHA-256 of its training data, the training options, the library
 * versions, and its cross-validated metrics. Maps are kept sorted, so the file is written the same
 * way every time.
 */
public record Provenance(int format, String kind, String dataSha256, Map<String, String> options,
                         Map<String, String> libraries, Map<String, String> metrics) {
    public Provenance {
        options = new TreeMap<>(options);
        libraries = new TreeMap<>(libraries);
        metrics = new TreeMap<>(metrics);
        if (!kind.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("a model kind is a lower-case word, not '" + kind + "'");
        }
    }

    /** A provenance in the current format, with this build's library versions. */
    public static Provenance of(String kind, String dataSha256, Map<String, String> options, Map<String, String> metrics) {
        return new Provenance(ModelFile.FORMAT, kind, dataSha256, options, ModelFile.libraries(), metrics);
    }

    /** A metric as model files record it: 4 decimals, root locale. */
    public static String metric(double value) {
        return Numbers.fixed(value, 4);
    }
}
