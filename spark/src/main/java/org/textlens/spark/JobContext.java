package org.textlens.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.textlens.cli.CliOptions;
import org.textlens.corpus.Diagnostics;

/**
 * What a command needs on the driver: Spark, the parsed options, and somewhere to report.
 *
 * @param maxSplitBytes the largest partition of input, in bytes, or 0 to size partitions from the
 *     corpus and the cluster's parallelism (Spark conf {@code spark.textlens.maxSplitBytes})
 */
record JobContext(SparkSession spark, JavaSparkContext sc, CliOptions cli, JobOptions job, HadoopConf conf,
                  Diagnostics diagnostics, long maxSplitBytes) {

    /** The corpus: {@code --input} paths, then positional ones. */
    java.util.List<String> inputs() {
        java.util.List<String> all = new java.util.ArrayList<>(job.inputs());
        all.addAll(cli.inputs());
        return all;
    }
}
