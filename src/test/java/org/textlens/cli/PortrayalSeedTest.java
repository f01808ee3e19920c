package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The rows issue 14 names on the seed article: Matthew Miller, Andrey Ermak, Victoria Nuland and Moscow. */
class PortrayalSeedTest {
    private static List<CSVRecord> rows() {
        Cli.Result r = Cli.run("portrayal", Cli.seed());
        assertEquals(0, r.exit(), r.toString());
        return Tables.csv(r.out());
    }

    @Test
    void theNamedPeopleAndMoscowHaveRowsUnderTheirFullNames() {
        Map<String, List<String>> targets = rows().stream().collect(Collectors.groupingBy(r -> r.get("entity"),
            Collectors.mapping(r -> r.get("target"), Collectors.toList())));
        assertEquals(List.of("Matthew Miller", "Miller", "He"), targets.get("Matthew Miller"), "surname and pronoun resolve");
        assertEquals(List.of("Andrey Ermak"), targets.get("Andrey Ermak"));
        assertEquals(List.of("Victoria Nuland", "Nuland", "she"), targets.get("Victoria Nuland"));
        assertEquals(List.of("Moscow"), targets.get("Moscow"));
        assertTrue(targets.containsKey("State Department") && targets.containsKey("NATO") && targets.containsKey("Aleksey Reznikov"),
            targets.keySet().toString());
        assertTrue(!targets.containsKey("Ukrainian") && !targets.containsKey("May") && !targets.containsKey("Source"), targets.keySet().toString());
    }

    @Test
    void labelsFollowWhatTheSentencesSayOfThem() {
        Map<String, String> labels = rows().stream().collect(Collectors.toMap(r -> r.get("target") + "@" + r.get("sentence"),
            r -> r.get("label"), (a, b) -> a));
        assertEquals("neutral", labels.get("Matthew Miller@1"), "a spokesman describing talks");
        assertEquals("negative", labels.get("Nuland@12"), "'played a significant role in the 2014 US-backed coup'");
        assertEquals("negative", labels.get("Moscow@7"), "'warning that such deliveries make the Western countries ... targets'");
    }
}
