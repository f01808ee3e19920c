package org.textlens.spark;

import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * A corpus as the job sees it: its partitions (each holding a {@link Split} to read), how an
 * executor reads them, and the accumulators that report what reading met.
 */
record Corpus(JavaRDD<Split> splits, Documents documents, InputReport report) {

    static Corpus open(JobContext job, List<String> paths, String name) throws IOException {
        List<Split> plan = new CorpusPlan(job.sc(), job.cli().inputSettings(), job.diagnostics(), job.conf(), job.maxSplitBytes())
            .plan(paths);
        InputReport report = new InputReport(job.sc().sc(), name);
        Documents documents = new Documents(InputSpec.of(job.cli().inputSettings()), job.conf(), job.cli().verbosity(),
            job.cli().keepGoing(), report);
        return new Corpus(job.sc().parallelize(plan, Math.max(1, plan.size())), documents, report);
    }
}
