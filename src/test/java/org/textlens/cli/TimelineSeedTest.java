package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures the timeline issue names, on the article the product was conceived from. */
class TimelineSeedTest {
    private List<CSVRecord> rows;
    private String text;

    @BeforeEach
    void tagSeed() throws IOException {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present at " + Cli.SEED);
        Cli.Result r = Cli.run("timeline", "--all", "--date", "2023-07-18", Cli.SEED.toString());
        assertEquals(0, r.exit(), r.toString());
        rows = Tables.csv(r.out());
        text = Files.readString(Cli.SEED);
    }

    private CSVRecord row(String expression) {
        return rows.stream().filter(x -> x.get("text").equals(expression)).findFirst()
            .orElseThrow(() -> new AssertionError("no row for '" + expression + "' in " + rows));
    }

    @Test
    void thisWeekIsTheIsoWeekOfTheDocumentDate() {
        assertEquals("2023-W29", row("this week").get("value"));
        assertEquals("2023-07-17", row("this week").get("from"));
    }

    @Test
    void inMayIsThisYearsMay() {
        assertEquals("2023-05", row("May").get("value"));
        assertEquals("DATE", row("May").get("type"));
    }

    @Test
    void aYearIsAYear() {
        assertEquals("2014", row("2014").get("value"));
    }

    @Test
    void overThePastMonthsIsAVagueDuration() {
        CSVRecord r = row("the past months");
        assertEquals("DURATION", r.get("type"));
        assertEquals("PXM", r.get("value"));
        // "Over" is the preposition before the expression (a TimeML signal), not part of it
        int start = Integer.parseInt(r.get("start"));
        assertEquals("Over the past months", text.substring(start - 5, Integer.parseInt(r.get("end"))));
    }

    @Test
    void severalMonthsIsAVagueDuration() {
        assertEquals("DURATION", row("several months").get("type"));
        assertEquals("PXM", row("several months").get("value"));
    }

    @Test
    void longTermIsNotATemporalExpression() {
        assertTrue(rows.stream().noneMatch(x -> x.get("text").toLowerCase().contains("long")), rows.toString());
    }
}
