package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures the foundation issue names, on the real article the product was conceived from. */
class FreqSeedTest {
    @BeforeEach
    void seedPresent() {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present at " + Cli.SEED);
    }

    @Test
    void defaultCountsKeyTermsAndDropsStopWords() {
        Cli.Result r = Cli.run("freq", Cli.SEED.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Long> counts = Tables.counts(r.out());
        assertEquals(6, counts.get("talks"));
        assertEquals(8, counts.get("security"));
        assertEquals(5, counts.get("guarantees"));
        assertFalse(counts.containsKey("the"));
    }

    @Test
    void withoutStopWordsTheIsThirty() {
        Cli.Result r = Cli.run("freq", "--stopwords", "none", Cli.SEED.toString());
        assertEquals(30, Tables.counts(r.out()).get("the"));
    }

    @Test
    void bigramSecurityGuaranteesIsThree() {
        Cli.Result r = Cli.run("freq", "--ngram", "2", Cli.SEED.toString());
        assertEquals(3, Tables.counts(r.out()).get("security guarantees"));
    }

    @Test
    void lemmasMergeInflections() {
        Map<String, Long> counts = Tables.counts(Cli.run("freq", "--lemma", Cli.SEED.toString()).out());
        assertEquals(6, counts.get("talk"));
        assertEquals(5, counts.get("guarantee"));
        assertFalse(counts.containsKey("guarantees"));
    }
}
