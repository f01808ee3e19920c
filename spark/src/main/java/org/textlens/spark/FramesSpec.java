package org.textlens.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.textlens.cli.CliOptions;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;

/**
 * What an executor needs to find frames: the scheme's sources (the built-in scheme, shipped scheme
 * and .dic files by name) and the presence rule as the driver settled it.
 *
 * @param builtin the built-in scheme, or null when only files make the scheme
 */
record FramesSpec(Scheme.Builtin builtin, List<String> schemeFiles, List<String> dicFiles, HashMap<String, Double> presenceScores,
                  double presenceFallback, int presenceCues) implements Serializable {

    static FramesSpec of(Optional<Scheme.Builtin> builtin, List<String> schemeFiles, List<String> dicFiles, Presence presence) {
        return new FramesSpec(builtin.orElse(null), schemeFiles, dicFiles, new HashMap<>(presence.scores()), presence.fallback(),
            presence.distinctCues());
    }

    /** Built once per executor JVM, from the CLI's own scheme building. */
    FramesAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> new FramesAnalyzer(
            CliOptions.scheme(Optional.ofNullable(builtin), ShippedFiles.local(schemeFiles), ShippedFiles.local(dicFiles)),
            new Presence(presenceScores, presenceFallback, presenceCues)));
    }
}
