package org.textlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.textlens.cli.CliOptions;
import org.textlens.learn.ModelFile;

/**
 * A {@code --model} on its way to the executors: the driver has read and checked it with the CLI's
 * code; a model file travels once as a broadcast of its bytes ({@link ShippedFiles}), the shipped
 * {@code builtin} model is read from the job's jar. Equal by content, so the analysers built from
 * it are cached per executor JVM by the model's bytes, never by its file name.
 *
 * @param file the shipped file, or null for the model inside the jar
 */
record ShippedModel(String kind, String source, ShippedFiles.Shipped file, String builtinResource) implements Serializable {

    /** Ships the model {@code source} names (on the driver). */
    static ShippedModel of(ShippedFiles files, CliOptions.ModelSource source) {
        return source.builtin() ? new ShippedModel(source.kind(), source.value(), null, source.builtinResource())
            : new ShippedModel(source.kind(), source.value(), files.add(Path.of(source.value())), null);
    }

    /** The model file, parsed on an executor from the shipped bytes. */
    ModelFile read() {
        return file == null ? ModelFile.resource(builtinResource, kind) : ModelFile.parse(file.bytes(), source, kind);
    }
}
