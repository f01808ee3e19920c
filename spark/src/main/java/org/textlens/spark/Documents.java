package org.textlens.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.Consumer;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.corpus.InputSettings;

/**
 * Everything an executor needs to read the corpus of one partition: the input settings (as plain
 * data), the Hadoop configuration, how talkative to be and whether to skip bad records, and the
 * accumulators to report to.
 */
final class Documents implements Serializable {
    private final InputSpec input;
    private final HadoopConf conf;
    private final Diagnostics.Verbosity verbosity;
    private final boolean keepGoing;
    private final InputReport report;

    Documents(InputSpec input, HadoopConf conf, Diagnostics.Verbosity verbosity, boolean keepGoing, InputReport report) {
        this.input = input;
        this.conf = conf;
        this.verbosity = verbosity;
        this.keepGoing = keepGoing;
        this.report = report;
    }

    /** Checks a record before it is analysed, as a command's reading thread does; throws {@link InputException}. */
    interface RecordCheck extends Serializable {
        void check(Document doc);

        RecordCheck NONE = doc -> { };
    }

    /** Passes every document of the partition's splits to {@code sink}, then reports what reading met. */
    void forEach(Iterator<Split> splits, Consumer<Document> sink) {
        forEach(splits, RecordCheck.NONE, sink);
    }

    /**
     * As {@link #forEach(Iterator, Consumer)}, with each document checked first: a record that
     * fails stops the job with the CLI's message, or with {@code --keep-going} is skipped and counted.
     */
    void forEach(Iterator<Split> splits, RecordCheck check, Consumer<Document> sink) {
        Diagnostics diagnostics = new Diagnostics(System.err, verbosity, keepGoing);
        InputSettings settings = input.settings();
        PieceReader reader = new PieceReader(settings, diagnostics, conf);
        long[] count = {0};
        try {
            while (splits.hasNext()) {
                reader.read(splits.next(), doc -> {
                    try {
                        check.check(doc);
                    } catch (InputException e) {
                        diagnostics.inputError(e); // throws unless --keep-going
                        return;
                    }
                    count[0]++;
                    sink.accept(doc);
                });
            }
        } catch (InputException e) {
            throw new JobInputError(e.describe());
        }
        report.add(count[0], diagnostics);
    }
}
