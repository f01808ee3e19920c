package org.textlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.textlens.cli.CliOptions;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.loaded.HitRow;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.loaded.LoadedModel;

/**
 * What an executor needs to find loaded terms: the lexicon's sources (shipped files), the
 * categories, the weight floor, whether to name speakers, and the --model tagger, if any.
 *
 * @param model the shipped --model, or null
 */
record LoadedSpec(boolean builtin, List<ShippedFiles.Shipped> lexiconFiles, List<ShippedFiles.Shipped> dicFiles, ArrayList<String> categories,
                  double minWeight, boolean speakers, ShippedModel model) implements Serializable {

    /** What the executor builds once per JVM: the analyser and the tagger. */
    private record Built(LoadedAnalyzer analyzer, Optional<LoadedModel> learned) {
    }

    private Built built() {
        return ExecutorCache.get(this, () -> {
            Optional<LoadedModel> learned = Optional.ofNullable(model).map(m -> LoadedModel.of(m.read(), m.source()));
            LoadedLexicon lexicon = learned.isPresent() ? CliOptions.learnedLoadedLexicon()
                : CliOptions.loadedLexicon(builtin, ShippedFiles.local(lexiconFiles), ShippedFiles.local(dicFiles), new LinkedHashSet<>(categories));
            return new Built(CliOptions.loadedAnalyzer(lexicon, learned.isPresent(), minWeight, speakers), learned);
        });
    }

    LoadedAnalyzer analyzer() {
        return built().analyzer();
    }

    /** The CLI's hit rows: the tagger's spans or the lexicon's hits ({@code sentenceKeys} for --skip-repeats). */
    DocumentAnalyzer<HitRow> hits(boolean context, boolean sentenceKeys, boolean explain) {
        Built b = built();
        return CliOptions.loadedHitRows(b.analyzer(), b.learned(), context, sentenceKeys, explain, new LinkedHashSet<>(categories), minWeight);
    }
}
