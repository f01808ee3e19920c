package org.textlens.loaded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in lexicon as the command loads it (the files' format is checked by BuiltinLexiconFilesTest). */
class BuiltinLexiconTest {
    @Test
    void closedClassesAreBroad() {
        for (Category c : List.of(Category.EXAGGERATION, Category.DOUBT, Category.STANCE_VERB, Category.PRESUPPOSITION)) {
            int n = LexiconFile.readResource(LoadedLexicon.BUILTIN + c.id() + ".tsv").size();
            assertTrue(n >= 80, c.id() + " has only " + n + " entries");
        }
    }

    @Test
    void categoryFilterKeepsOnlyChosenEntriesAndScareQuotesFollowDoubt() {
        LoadedLexicon doubt = LoadedLexicon.load(true, List.of(), List.of(), Set.of("doubt"));
        assertTrue(doubt.size() > 0);
        assertTrue(doubt.entries().stream().allMatch(e -> e.category().equals("doubt")));
        assertTrue(doubt.scareQuotes());
        assertFalse(LoadedLexicon.load(true, List.of(), List.of(), Set.of("label")).scareQuotes());
    }
}
