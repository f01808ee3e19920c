package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --input-format tsv} and rows that do not fit the header, in TSV and CSV alike. */
class DelimitedInputTest {
    @Test
    void tsvReadsTheSameCorpusAsCsv(@TempDir Path dir) throws IOException {
        String csv = Files.readString(Cli.TESTDATA.resolve("corpus.csv"));
        Path tsv = Files.writeString(dir.resolve("corpus.tsv"), csv.replace("\",\"", "\"\t\"").replace("id,published,body", "id\tpublished\tbody"));
        Cli.Result fromCsv = Cli.run("freq", "--by-doc", "--top", "3", "--input-format", "csv", "--text-field", "body", "testdata/corpus.csv");
        Cli.Result fromTsv = Cli.run("freq", "--by-doc", "--top", "3", "--input-format", "tsv", "--text-field", "body", tsv.toString());
        assertEquals(0, fromTsv.exit(), fromTsv.toString());
        assertEquals(fromCsv.out(), fromTsv.out());
    }

    @Test
    void tsvFieldsMayBeQuotedAndHoldCommasAndDoubledQuotes(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.tsv"), "id\ttext\tlabel\n"
            + "a\t\"alpha, \"\"beta\"\"\"\tx\n"
            + "b\tgamma delta\ty\n");
        Cli.Result r = Cli.run("freq", "--by-doc", "--input-format", "tsv", f.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(4, Tables.csv(r.out()).size());
        assertTrue(r.out().contains("\na,alpha,1,"), r.out());
        assertTrue(r.out().contains("\nb,gamma,1,"), r.out());
    }

    @Test
    void aRowWithMissingFieldsStopsTheRunWithItsLine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.tsv"), "id\ttext\tgold\n1\talpha\tTrue\n2\tbeta\n3\tgamma\tFalse\n");
        Cli.Result stop = Cli.run("freq", "--input-format", "tsv", f.toString());
        assertEquals(1, stop.exit());
        assertEquals("textlens: error: " + f + ":3: row has 2 field(s), the header 3 (every row needs one field per column;"
            + " quote fields that contain the delimiter)\n", stop.err());
    }

    @Test
    void keepGoingSkipsTheBadRowWithAWarningAndExitsThree(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.csv"), "id,text,gold\n1,alpha,True\n2,beta,True,extra\n\"3\",\"gamma\nkappa gamma\",False\n4,delta\n5,epsilon,True\n");
        Cli.Result go = Cli.run("freq", "--input-format", "csv", "--keep-going", f.toString());
        assertEquals(3, go.exit(), go.toString());
        assertEquals(Map.of("alpha", 1L, "gamma", 2L, "kappa", 1L, "epsilon", 1L), Tables.counts(go.out()));
        assertTrue(go.err().contains(f + ":3: row has 4 field(s), the header 3"), go.err());
        assertTrue(go.err().contains(f + ":6: row has 2 field(s), the header 3"), go.err());
        assertTrue(go.err().contains("2 input(s) skipped"), go.err());
    }
}
