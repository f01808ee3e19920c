package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textlens sentiment through its command line. */
class SentimentCommandTest {
    private static Cli.Result run(String text, String... args) {
        return Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void oneRowPerSentenceWithCodePointOffsets() {
        Cli.Result r = run("Talks went well \uD83D\uDE00. Then they collapsed, sadly.", "sentiment");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("doc_id", "sentence", "start", "end", "compound", "pos", "neu", "neg", "label", "text"), Tables.header(r.out()));
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(2, rows.size());
        assertEquals("positive", rows.get(0).get("label"));
        assertEquals("negative", rows.get(1).get("label"));
        assertEquals("19", rows.get(1).get("start"), "16 letters and spaces, one code point for the emoji, a period, a space");
        assertEquals("Then they collapsed, sadly.", rows.get(1).get("text"));
    }

    @Test
    void explainListsTheEvidence() {
        Cli.Result r = run("The talks were not productive, but very useful.", "sentiment", "--model", "rules", "--explain");
        CSVRecord row = Tables.csv(r.out()).get(0);
        assertTrue(row.get("evidence").contains("but:contrast"), row.get("evidence"));
        assertTrue(row.get("evidence").contains("very:booster"), row.get("evidence"));
    }

    @Test
    void theShippedModelScoresByDefaultAndTheRulesOnRequest() {
        String text = "The talks were not productive, but very useful.";
        CSVRecord model = Tables.csv(run(text, "sentiment", "--explain").out()).get(0);
        CSVRecord rules = Tables.csv(run(text, "sentiment", "--model", "rules", "--explain").out()).get(0);
        assertTrue(model.get("evidence").startsWith("rules="), "the model weighs the rules' verdict: " + model.get("evidence"));
        assertTrue(rules.get("evidence").contains("but:contrast"), rules.get("evidence"));
        assertEquals(rules.get("pos"), model.get("pos"), "pos/neu/neg stay the rules' shares");
        assertEquals(Tables.csv(run(text, "sentiment", "--model", "builtin").out()).get(0).get("compound"), model.get("compound"));
        assertTrue(run(text, "sentiment", "--format", "json").out().replace(" ", "").contains("\"thresholds\":[-0.13,0.13]"), "the model's own thresholds");
        assertTrue(run(text, "sentiment", "--model", "rules", "--format", "json").out().replace(" ", "").contains("\"model\":\"rules\""));
        assertEquals(2, run(text, "sentiment", "--model", "builtin", "--no-builtin", "--lexicon", "x.tsv").exit(),
            "the shipped model reads the built-in lexicons");
    }

    @Test
    void thresholdsDecideTheLabel() {
        assertEquals("positive", Tables.csv(run("It is okay.", "sentiment").out()).get(0).get("label"));
        assertEquals("neutral", Tables.csv(run("It is okay.", "sentiment", "--thresholds", "-0.5,0.5").out()).get(0).get("label"));
        assertEquals(2, run("x", "sentiment", "--thresholds", "0.5,-0.5").exit());
        assertEquals(2, run("x", "sentiment", "--thresholds", "high").exit());
    }

    @Test
    void summaryGivesOneRowPerDocument() {
        Cli.Result r = run("{\"id\":\"a\",\"text\":\"Good news. Bad news. More bad news.\"}\n{\"id\":\"empty\",\"text\":\"\"}\n",
            "sentiment", "--summary", "--input-format", "jsonl");
        assertEquals("doc_id,sentences,mean,median,stdev,share_positive,share_neutral,share_negative,min_sentence,max_sentence",
            r.out().lines().findFirst().orElseThrow());
        List<CSVRecord> rows = Tables.csv(r.out());
        CSVRecord a = rows.get(0);
        assertEquals("3", a.get("sentences"));
        assertEquals("0.3333", a.get("share_positive"));
        assertEquals("0.6667", a.get("share_negative"));
        assertEquals("0", a.get("max_sentence"));
        assertTrue(Double.parseDouble(a.get("mean")) < 0);
        CSVRecord empty = rows.get(1);
        assertEquals("0", empty.get("sentences"));
        assertEquals("", empty.get("mean"), "no sentences, no mean");
    }

    @Test
    void emptyInputGivesTheHeaderOnly() {
        Cli.Result r = run("", "sentiment");
        assertEquals(0, r.exit());
        assertEquals("doc_id,sentence,start,end,compound,pos,neu,neg,label,text\n", r.out());
    }

    @Test
    void documentUnitScoresTheWholeText() {
        Cli.Result r = run("Great phone. But the battery died!!", "sentiment", "--model", "rules", "--unit", "document", "--explain");
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(1, rows.size());
        assertEquals("negative", rows.get(0).get("label"), "but reaches across the sentence boundary");
        assertEquals(2, run("x", "sentiment", "--unit", "document", "--summary").exit());
    }

    @Test
    void userLexiconExtendsAndOverrides(@TempDir Path dir) throws IOException {
        Path lex = Files.writeString(dir.resolve("mine.tsv"), "# my words\nsanctions\t-2.5\ngood\t0\npeace dividend\t2.0\n");
        Cli.Result r = run("The sanctions were good. A peace dividend.", "sentiment", "--model", "rules", "--explain", "--lexicon", lex.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals("sanctions:-2.50", rows.get(0).get("evidence"));
        assertEquals("peace dividend:2.00", rows.get(1).get("evidence"));
        Cli.Result only = run("The sanctions were good.", "sentiment", "--explain", "--no-builtin", "--lexicon", lex.toString());
        assertEquals("sanctions:-2.50", Tables.csv(only.out()).get(0).get("evidence"));
    }

    @Test
    void malformedUserLexiconFailsWithFileLineAndReason(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "fine\t1.0\nterrible -3\nawful\tvery\nworst\t9\n");
        Cli.Result r = run("x", "sentiment", "--lexicon", bad.toString());
        assertEquals(1, r.exit());
        assertEquals("textlens: error: " + bad + ":2: expected a term and a valence separated by a tab (write term<TAB>valence, e.g. 'ceasefire\t1.2')\n", r.err());
        Path bad2 = Files.writeString(dir.resolve("bad2.tsv"), "awful\tvery\n");
        assertTrue(run("x", "sentiment", "--lexicon", bad2.toString()).err().contains(bad2 + ":1: valence 'very' is not a number"));
        Path bad3 = Files.writeString(dir.resolve("bad3.tsv"), "worst\t9\n");
        assertTrue(run("x", "sentiment", "--lexicon", bad3.toString()).err().contains(bad3 + ":1: valence 9 is outside -4..4"));
        assertEquals(1, run("x", "sentiment", "--lexicon", dir.resolve("missing.tsv").toString()).exit());
        assertEquals(2, run("x", "sentiment", "--no-builtin").exit());
    }

    @Test
    void jsonAndJsonlOutputs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(Cli.run("sentiment", "--format", "json", "testdata/news/02-flood-relief.txt").out());
        assertEquals("sentiment", root.get("command").asText());
        assertTrue(root.get("options").get("lexicon_entries").asInt() > 7000);
        assertTrue(root.get("results").get(0).get("compound").isNumber());
        String jsonl = Cli.run("sentiment", "--format", "jsonl", "--explain", "testdata/news/02-flood-relief.txt").out();
        for (String line : jsonl.lines().toList()) {
            assertTrue(json.readTree(line).has("evidence"));
        }
    }

    @Test
    void seedSentenceAboutLegitimateTargetsIsNegativeAndExplained() {
        assumeTrue(Files.exists(Cli.SEED), "seed article not present");
        CSVRecord modelled = Tables.csv(Cli.run("sentiment", Cli.SEED.toString()).out()).stream()
            .filter(row -> row.get("text").contains("legitimate targets")).findFirst().orElseThrow();
        assertEquals("negative", modelled.get("label"), "the shipped model, by default");
        Cli.Result r = Cli.run("sentiment", "--model", "rules", "--explain", Cli.SEED.toString());
        CSVRecord targets = Tables.csv(r.out()).stream().filter(row -> row.get("text").contains("legitimate targets")).findFirst().orElseThrow();
        assertEquals("negative", targets.get("label"));
        assertTrue(targets.get("evidence").contains("legitimate targets:"), targets.get("evidence"));
        assertTrue(targets.get("evidence").contains("warning:"), targets.get("evidence"));
    }

    @Test
    void threadCountDoesNotChangeOutput() {
        assertEquals(Cli.run("sentiment", "--threads", "1", "testdata/news").out(), Cli.run("sentiment", "--threads", "3", "testdata/news").out());
    }
}
