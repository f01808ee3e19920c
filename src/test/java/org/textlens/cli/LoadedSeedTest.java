package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every example the loaded-terms issue names, found in the seed article with a category and an alternative. */
class LoadedSeedTest {
    private List<CSVRecord> rows;

    @BeforeEach
    void run() {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present at " + Cli.SEED);
        Cli.Result r = Cli.run("loaded", Cli.SEED.toString());
        assertEquals(0, r.exit(), r.toString());
        rows = Tables.csv(r.out());
    }

    /** The hit covering {@code word} (the first occurrence at or after {@code from}), its category among {@code categories}. */
    private CSVRecord hit(String word, int occurrence, Set<String> categories) {
        List<CSVRecord> covering = rows.stream().filter(r -> r.get("term").contains(word)).toList();
        assertTrue(covering.size() > occurrence, word + " not found (occurrence " + occurrence + ") in " + rows);
        CSVRecord row = covering.get(occurrence);
        assertTrue(categories.contains(row.get("category")), word + ": category " + row.get("category") + " not in " + categories);
        assertFalse(row.get("alternative").isBlank(), word + " has no alternative");
        assertFalse(row.get("reason").isBlank(), word + " has no reason");
        return row;
    }

    @Test
    void contestedEventLabelCoup() {
        hit("coup", 0, Set.of("contested-name", "label"));
    }

    @Test
    void everyKievIsAContestedSpellingWithKyivAsTheAlternative() {
        List<CSVRecord> kiev = rows.stream().filter(r -> r.get("term").startsWith("Kiev")).toList();
        assertEquals(4, kiev.size(), "Kiev occurs four times (once as Kiev’s): " + kiev);
        for (CSVRecord r : kiev) {
            assertEquals("contested-name", r.get("category"));
            assertTrue(r.get("alternative").contains("Kyiv"), r.toString());
        }
    }

    @Test
    void ukrainianNationalistsIsALabel() {
        hit("nationalists", 0, Set.of("label"));
    }

    @Test
    void combatantsAndLegitimateTargetsAreThreatOrLabel() {
        hit("combatants", 0, Set.of("label", "fear"));
        hit("legitimate targets", 0, Set.of("fear", "label"));
    }

    @Test
    void russianTransliterationsOfUkrainianNames() {
        assertTrue(hit("Ermak", 0, Set.of("contested-name")).get("alternative").contains("Yermak"));
        assertTrue(hit("Aleksey", 0, Set.of("contested-name")).get("alternative").matches("(?s).*Oleks(ii|iy|ij|i).*"));
    }

    @Test
    void consolationFramesTheOutcome() {
        hit("consolation", 0, Set.of("emotive", "label", "euphemism", "contested-name"));
    }
}
