package org.textlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;

/**
 * What an executor needs to score sentiment: the lexicon sources, the model and the label
 * thresholds (as the driver settled them: --thresholds, else the model's own). The user's lexicon
 * and model files travel with the job as broadcasts of their bytes ({@link ShippedFiles}) and are
 * known by their content; the shipped model is in the jar.
 *
 * @param rules true when the rules alone score
 * @param model the user's shipped --model file, or null for the shipped model (or the rules)
 */
record SentimentSpec(boolean builtin, List<ShippedFiles.Shipped> lexiconFiles, boolean rules, ShippedModel model, double negative,
                     double positive) implements Serializable {

    /** Built once per executor JVM, not per row or task: lexicons and models take a while to load. */
    SentimentAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> {
            List<Path> files = ShippedFiles.local(lexiconFiles);
            SentimentLexicon lexicon = SentimentLexicon.load(builtin, files);
            Thresholds thresholds = new Thresholds(negative, positive);
            if (rules) {
                return new SentimentAnalyzer(lexicon, thresholds);
            }
            SentimentModel learned = model == null ? SentimentModel.builtin() : SentimentModel.of(model.read(), model.source());
            return new SentimentAnalyzer(lexicon, thresholds, learned);
        });
    }
}
