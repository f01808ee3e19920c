package org.textlens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.textlens.learn.ModelFile;

/** How commands find the model a {@code --model} option names: a file, or {@code builtin} for the shipped one. */
final class Models {
    static final String BUILTIN = "builtin";

    private Models() {
    }

    /** Reads the model {@code value} names, for {@code kind}; a bad model is a {@link org.textlens.learn.ModelException}. */
    static ModelFile read(String value, String kind, String builtinResource) {
        return value.equals(BUILTIN) ? ModelFile.resource(builtinResource, kind) : ModelFile.read(Path.of(value), kind);
    }

    /** The model as the JSON envelope's options report it. */
    static Map<String, Object> describe(String value, ModelFile file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", value);
        m.put("data_sha256", file.provenance().dataSha256());
        m.put("features", file.featureCount());
        m.put("metrics", file.provenance().metrics());
        return m;
    }
}
