package org.textlens.spark;

import java.io.IOException;
import java.util.Map;

/**
 * One analysing command of the Spark job. Adding a command ({@code loaded}, {@code frames},
 * {@code timeline}) is a class like {@link SentimentJob} (per-document rows) or {@link FreqJob}
 * (an aggregation), registered in {@link SparkMain}.
 */
interface SparkCommand {
    /** Runs the command, writes its rows through {@code output}, and returns what the metadata file reports. */
    Result run(JobContext job, ResultOutput output) throws IOException;

    /**
     * @param options the effective analysis options, as the CLI's JSON envelope reports them
     * @param rows rows written
     * @param inputs what reading each corpus met, by corpus name
     */
    record Result(Map<String, Object> options, long rows, Map<String, InputReport> inputs) {
    }
}
