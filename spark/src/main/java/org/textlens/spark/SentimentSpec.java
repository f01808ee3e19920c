package org.textlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;

/**
 * What an executor needs to score sentiment: the lexicon sources, the label thresholds (as the
 * driver settled them, a model's own unless --thresholds was given) and the --model, if any. User
 * files travel with the job ({@link ShippedFiles}) and are known by their content.
 *
 * @param model the shipped --model, or null
 */
record SentimentSpec(boolean builtin, List<ShippedFiles.Shipped> lexiconFiles, double negative, double positive, ShippedModel model)
    implements Serializable {

    /** Built once per executor JVM, not per row or task: lexicons and models take a while to load. */
    SentimentAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> {
            List<Path> files = ShippedFiles.local(lexiconFiles);
            SentimentModel learned = model == null ? null : SentimentModel.of(model.read(), model.source());
            return new SentimentAnalyzer(SentimentLexicon.load(builtin, files), new Thresholds(negative, positive), learned);
        });
    }
}
