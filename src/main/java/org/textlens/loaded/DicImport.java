package org.textlens.loaded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.textlens.lexicon.DicFile;

/**
 * Turns a LIWC-style {@code .dic} dictionary into category-only entries: no alternative, the
 * default weight, and a reason naming the file and every category of the word. A word in several
 * categories is reported under the first of them (in the file's order) that the run keeps.
 */
public final class DicImport {
    private DicImport() {
    }

    /** The dictionary's entries whose categories meet {@code keep} (empty keeps all). */
    public static List<LexiconEntry> entries(DicFile dic, Set<String> keep) {
        List<LexiconEntry> out = new ArrayList<>(dic.entries().size());
        String file = Path.of(dic.source()).getFileName().toString();
        for (DicFile.Entry e : dic.entries()) {
            List<String> categories = keep.isEmpty() ? e.categories() : e.categories().stream().filter(keep::contains).toList();
            if (categories.isEmpty()) {
                continue;
            }
            String term = e.term() + (e.prefix() ? "*" : "");
            out.add(new LexiconEntry(term, e.words(), e.words(), categories.get(0), EntryParser.DEFAULT_WEIGHT, List.of(),
                file + ": " + String.join(", ", e.categories()), e.prefix() ? MatchRules.PREFIX : MatchRules.NONE,
                dic.source() + ":" + e.line()));
        }
        return out;
    }
}
