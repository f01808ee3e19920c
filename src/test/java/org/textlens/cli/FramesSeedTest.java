package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the frames issue asks of the seed article. */
class FramesSeedTest {
    @BeforeEach
    void seedPresent() {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present at " + Cli.SEED);
    }

    @Test
    void policySchemeRanksSecurityAndDefenseFirst() {
        Cli.Result r = Cli.run("frames", "--level", "document", "--scheme", "policy", "--primary", Cli.SEED.toString());
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> ranked = Tables.csv(r.out()).stream()
            .sorted(Comparator.comparingDouble((CSVRecord row) -> Double.parseDouble(row.get("score"))).reversed()).toList();
        assertEquals("security_and_defense", ranked.get(0).get("frame"));
        assertEquals("true", ranked.get(0).get("primary"));
        assertEquals("true", ranked.get(0).get("present"));
        assertEquals("external_regulation_and_reputation", ranked.get(1).get("frame"), "talks, summits, G7 and NATO come second");
    }

    @Test
    void genericSchemeFindsConflictAndReproachInTheSeed() {
        Cli.Result r = Cli.run("frames", "--min-score", "0", Cli.SEED.toString());
        List<CSVRecord> warning = Tables.csv(r.out()).stream().filter(row -> row.get("sentence").equals("7")).toList();
        assertEquals("conflict", warning.get(0).get("frame"), r.out());
        assertEquals("warn; combatant; military; @reproach", warning.get(0).get("cues"),
            "Moscow ... warning that such deliveries make the Western countries de facto combatants");
    }
}
