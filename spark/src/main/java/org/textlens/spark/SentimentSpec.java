package org.textlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.Thresholds;

/**
 * What an executor needs to score sentiment: the lexicon sources and the label thresholds. The
 * user's lexicon files travel with the job ({@code SparkContext.addFile}) and are found on each
 * executor by their file name.
 */
record SentimentSpec(boolean builtin, List<String> lexiconFiles, double negative, double positive) implements Serializable {

    /** Built once per executor JVM, not per row or task: lexicons take a while to load. */
    SentimentAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> {
            List<Path> files = ShippedFiles.local(lexiconFiles);
            return new SentimentAnalyzer(SentimentLexicon.load(builtin, files), new Thresholds(negative, positive));
        });
    }
}
