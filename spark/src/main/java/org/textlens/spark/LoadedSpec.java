package org.textlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.textlens.cli.CliOptions;
import org.textlens.loaded.LoadedAnalyzer;

/** What an executor needs to find loaded terms: the lexicon's sources (shipped files by name), the categories and the weight floor. */
record LoadedSpec(boolean builtin, List<String> lexiconFiles, List<String> dicFiles, ArrayList<String> categories, double minWeight)
    implements Serializable {

    /** Built once per executor JVM, from the CLI's own lexicon loading. */
    LoadedAnalyzer analyzer() {
        return ExecutorCache.get(this, () -> new LoadedAnalyzer(CliOptions.loadedLexicon(builtin, ShippedFiles.local(lexiconFiles),
            ShippedFiles.local(dicFiles), new LinkedHashSet<>(categories)), minWeight));
    }
}
