package org.textlens.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.textlens.corpus.InputException;

/**
 * The user's lexicon, dictionary and scheme files, sent with the job ({@code SparkContext.addFile})
 * after the driver has read and checked them; each executor finds its copy by file name. Files
 * must therefore have different names.
 */
final class ShippedFiles {
    private final JavaSparkContext sc;
    private final Map<String, Path> byName = new HashMap<>();

    ShippedFiles(JavaSparkContext sc) {
        this.sc = sc;
    }

    /** Ships {@code files} and returns the names the executors know them by. */
    List<String> add(List<Path> files) {
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            String name = file.getFileName().toString();
            Path earlier = byName.putIfAbsent(name, absolute);
            if (earlier == null) {
                sc.addFile(absolute.toString());
            } else if (!earlier.equals(absolute)) {
                throw new InputException(file.toString(), "another lexicon, dictionary or scheme file has the same name",
                    "the files travel to the executors by name; rename one");
            }
        }
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    /** On an executor: its copies of the files shipped under {@code names}. */
    static List<Path> local(List<String> names) {
        return names.stream().map(n -> Path.of(SparkFiles.get(n))).toList();
    }
}
