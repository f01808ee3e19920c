package org.textlens.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.textlens.cli.CliOptions;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.FramesModel;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;

/**
 * What an executor needs to find frames: the scheme's sources (the built-in scheme, shipped scheme
 * and .dic files), the presence rule as the driver settled it, and the --model, if any.
 *
 * @param builtin the built-in scheme, or null when only files make the scheme
 * @param model the shipped --model, or null
 */
record FramesSpec(Scheme.Builtin builtin, List<ShippedFiles.Shipped> schemeFiles, List<ShippedFiles.Shipped> dicFiles,
                  HashMap<String, Double> presenceScores, double presenceFallback, int presenceCues, ShippedModel model)
    implements Serializable {

    static FramesSpec of(Optional<Scheme.Builtin> builtin, List<ShippedFiles.Shipped> schemeFiles, List<ShippedFiles.Shipped> dicFiles,
                         Presence presence, ShippedModel model) {
        return new FramesSpec(builtin.orElse(null), schemeFiles, dicFiles, new HashMap<>(presence.scores()), presence.fallback(),
            presence.distinctCues(), model);
    }

    /** Built once per executor JVM, from the CLI's own scheme building. */
    FramesAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> {
            FramesModel learned = model == null ? null : FramesModel.of(model.read(), model.source());
            Scheme scheme = learned != null ? CliOptions.learnedScheme(learned)
                : CliOptions.scheme(Optional.ofNullable(builtin), ShippedFiles.local(schemeFiles), ShippedFiles.local(dicFiles));
            return new FramesAnalyzer(scheme, new Presence(presenceScores, presenceFallback, presenceCues), learned);
        });
    }
}
