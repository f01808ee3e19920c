package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyness against hand-computed figures. Target: 1000 words, "alpha" 20 times; reference: 1000
 * words, "alpha" 5 times. E1 = E2 = 12.5; G2 = 2 (20 ln(20/12.5) + 5 ln(5/12.5)) = 9.637238;
 * p = erfc(sqrt(G2 / 2)) = 0.0019067; log ratio = log2(0.02 / 0.005) = 2; %DIFF = 300.
 */
class KeynessTest {
    @TempDir
    static Path dir;
    static Path target;
    static Path reference;

    @BeforeAll
    static void corpora() throws IOException {
        target = Files.writeString(dir.resolve("target.txt"), "alpha ".repeat(20) + "beta ".repeat(30) + "filler ".repeat(950));
        reference = Files.writeString(dir.resolve("reference.txt"), "alpha ".repeat(5) + "gamma ".repeat(30) + "other ".repeat(965));
    }

    private static List<CSVRecord> keyness() {
        Cli.Result r = Cli.run("freq", "--reference", reference.toString(), target.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("rank", "term", "count", "ref_count", "g2", "p", "log_ratio", "pct_diff"), Tables.header(r.out()));
        return Tables.csv(r.out());
    }

    @Test
    void figuresMatchTheHandComputedTable() {
        CSVRecord alpha = keyness().stream().filter(r -> r.get("term").equals("alpha")).findFirst().orElseThrow();
        assertEquals("20", alpha.get("count"));
        assertEquals("5", alpha.get("ref_count"));
        assertEquals("9.6372", alpha.get("g2"));
        assertEquals("1.907e-03", alpha.get("p"));
        assertEquals("2.0000", alpha.get("log_ratio"));
        assertEquals("300.00", alpha.get("pct_diff"));
    }

    @Test
    void aTermAbsentFromTheReferenceUsesTheHalfCountAdjustment() {
        // beta: 30 in target, 0 in reference. G2 = 2 * 30 ln(30 / 15) = 41.588831; p = 1.126e-10
        // log ratio = log2((30/1000) / (0.5/1000)) = log2(60) = 5.9069; %DIFF = 5900
        CSVRecord beta = keyness().stream().filter(r -> r.get("term").equals("beta")).findFirst().orElseThrow();
        assertEquals("41.5888", beta.get("g2"));
        assertEquals("1.126e-10", beta.get("p"));
        assertEquals("5.9069", beta.get("log_ratio"));
        assertEquals("5900.00", beta.get("pct_diff"));
    }

    @Test
    void underUsedTermsHaveNegativeG2AndSortLast() {
        List<CSVRecord> rows = keyness();
        assertEquals("filler", rows.get(0).get("term"), "950 against 0");
        CSVRecord last = rows.get(rows.size() - 1);
        assertTrue(Double.parseDouble(last.get("g2")) < 0, last.toString());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i - 1).get("g2")) >= Double.parseDouble(rows.get(i).get("g2")));
        }
    }

    @Test
    void tinyPValuesKeepTheirPrecision() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "alpha ".repeat(900) + "filler ".repeat(100));
        Cli.Result r = Cli.run("freq", "--reference", reference.toString(), big.toString());
        CSVRecord alpha = Tables.row(r.out(), "term", "alpha").orElseThrow();
        double p = Double.parseDouble(alpha.get("p"));
        assertTrue(p > 0 && p < 1e-100, alpha.toString());
    }
}
