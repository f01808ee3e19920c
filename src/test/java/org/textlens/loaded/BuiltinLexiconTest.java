package org.textlens.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in files keep the format's promises: every entry explains itself and offers an alternative. */
class BuiltinLexiconTest {
    @Test
    void everyEntryHasItsFilesCategoryAReasonAndAnAlternative() {
        int total = 0;
        for (Category c : Category.values()) {
            Map<String, String> seen = new HashMap<>();
            for (LexiconEntry e : LexiconFile.readResource(LoadedLexicon.BUILTIN + c.id() + ".tsv")) {
                assertEquals(c.id(), e.category(), e.source());
                assertFalse(e.reason().isBlank(), e.source() + ": no reason");
                assertFalse(e.alternatives().isEmpty(), e.source() + ": no alternative");
                String before = seen.put(e.key(), e.source());
                assertEquals(null, before, e.source() + ": '" + e.term() + "' is listed twice in " + c.id() + ".tsv");
                total++;
            }
        }
        assertTrue(total > 0);
    }

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
