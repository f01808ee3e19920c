package org.textlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.textlens.cli.CliOptions;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.Thresholds;

/**
 * What an executor needs to score sentiment: the lexicon sources, the model and the label
 * thresholds. The user's lexicon and model files travel with the job ({@code SparkContext.addFile})
 * and are found on each executor by their file name; the shipped model is in the jar.
 *
 * @param rules true when the rules alone score
 * @param modelFile the shipped name of the user's model file, or null for the shipped model
 */
record SentimentSpec(boolean builtin, List<String> lexiconFiles, boolean rules, String modelFile, double negative, double positive)
        implements Serializable {

    /** Built once per executor JVM, not per row or task: lexicons and models take a while to load. */
    SentimentAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> {
            List<Path> files = ShippedFiles.local(lexiconFiles);
            SentimentLexicon lexicon = SentimentLexicon.load(builtin, files);
            Thresholds thresholds = new Thresholds(negative, positive);
            if (rules) {
                return new SentimentAnalyzer(lexicon, thresholds);
            }
            Path model = modelFile == null ? null : ShippedFiles.local(List.of(modelFile)).get(0);
            return new SentimentAnalyzer(lexicon, thresholds, CliOptions.sentimentModel(model));
        });
    }
}
