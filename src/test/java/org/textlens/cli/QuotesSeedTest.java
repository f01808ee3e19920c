package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statements issue 5 names on the seed article: who speaks, and with which verb. */
class QuotesSeedTest {
    @BeforeEach
    void seedPresent() {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present at " + Cli.SEED);
    }

    @Test
    void findsEachNamedSpeakerWithTheirVerbs() {
        Cli.Result r = Cli.run("quotes", Cli.SEED.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, List<String>> verbs = Tables.csv(r.out()).stream()
            .collect(Collectors.groupingBy(row -> row.get("speaker"), Collectors.mapping(row -> row.get("verb"), Collectors.toList())));
        assertEquals(List.of("describe", "clarify", "emphasize"), verbs.get("Matthew Miller"));
        assertEquals(List.of("announce", "state"), verbs.get("Andrey Ermak"));
        assertEquals(List.of("warn"), verbs.get("Moscow"));
        assertEquals(List.of("highlight"), verbs.get("Aleksey Reznikov"));
        assertEquals(List.of("reveal"), verbs.get("Victoria Nuland"), "'she revealed' resolves to the last person named");
        assertEquals(List.of("confirm"), verbs.get("State Department"));
    }

    @Test
    void reportedClausesAreTheStatementText() {
        List<CSVRecord> rows = Tables.csv(Cli.run("quotes", Cli.SEED.toString()).out());
        CSVRecord moscow = rows.stream().filter(row -> row.get("speaker").equals("Moscow")).findFirst().orElseThrow();
        assertEquals("such deliveries make the Western countries de facto combatants and legitimate targets for the Russian military",
            moscow.get("text"));
        assertEquals("indirect", moscow.get("kind"));
        assertEquals(7, Integer.parseInt(moscow.get("sentence")));
    }

    @Test
    void summaryRanksMatthewMillerFirst() {
        CSVRecord first = Tables.csv(Cli.run("quotes", "--summary", Cli.SEED.toString()).out()).get(0);
        assertEquals("Matthew Miller", first.get("speaker"));
        assertEquals("3", first.get("statements"));
    }
}
