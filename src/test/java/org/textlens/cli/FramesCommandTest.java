package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** textlens frames through its command line: cues, schemes, the document-level decision, user schemes. */
class FramesCommandTest {
    private static Cli.Result run(String text, String... args) {
        return Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), args);
    }

    /** The CSV rows of {@code textlens frames LEAD... OPTIONS...} over {@code text}, which must succeed. */
    private static List<CSVRecord> rows(String text, List<String> lead, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("frames"));
        args.addAll(lead);
        args.addAll(List.of(options));
        Cli.Result r = run(text, args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        return Tables.csv(r.out());
    }

    /** frame -> cues column of the sentence rows of a one-sentence text. */
    private static Map<String, String> cues(String text, String... options) {
        return rows(text, List.of("--min-score", "0"), options).stream()
            .collect(Collectors.toMap(row -> row.get("frame"), row -> row.get("cues")));
    }

    private static Map<String, CSVRecord> documentRows(String text, String... options) {
        return rows(text, List.of("--level", "document"), options).stream().collect(Collectors.toMap(row -> row.get("frame"), row -> row));
    }

    @Test
    void sentenceRowsCarryOffsetsScoresAndTheCuesThatFired() {
        Cli.Result r = run("The weather was mild. Rebels clashed with troops as the rival factions exchanged accusations.", "frames");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("doc_id", "sentence", "start", "end", "frame", "score", "cues"), Tables.header(r.out()));
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(1, rows.size(), r.out());
        CSVRecord row = rows.get(0);
        assertEquals(List.of("-", "1", "22", "93", "conflict"), List.of(row.get("doc_id"), row.get("sentence"), row.get("start"),
            row.get("end"), row.get("frame")));
        assertEquals("rebel; clash with; troop; rival; faction; accusation; @reproach", row.get("cues"));
        assertEquals("9.500", row.get("score"), "rebel 1 + clash with 2 + troop 0.5 + rival 1 + faction 1 + accusation 2 + @reproach 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "conflict|The opposition accused the minister of lying, and the feud escalated into open confrontation.|accuse",
        "human_interest|Her daughter wept as the grieving widow described the tragedy that took her husband.|her daughter",
        "economic|The tariff will raise prices for consumers and cost thousands of jobs, economists warned.|tariff",
        "morality|Church leaders called the decision immoral, a sin against the dignity of every person.|immoral",
        "responsibility|Critics said the agency was to blame and must be held accountable for its failure to act.|held accountable",
        "resolution|Negotiators reached a breakthrough agreement that offers a lasting solution to the dispute.|breakthrough"})
    void eachGenericFrameHasItsOwnCues(String frame, String sentence, String cue) {
        Map<String, String> cues = cues(sentence);
        assertTrue(cues.containsKey(frame), frame + " not found in " + cues);
        assertTrue(List.of(cues.get(frame).split("; ")).contains(cue), cues.get(frame));
    }

    @Test
    void cuesMatchOverLemmasSoInflectionsCount() {
        assertEquals("clash (3)", cues("They clash; they clashed; the clashes go on.").get("conflict"));
        assertEquals("moral obligation", cues("We have moral obligations.").get("morality"));
    }

    @Test
    void eachFrameReadsLongestFirstOnItsOwn() {
        // "according to" is a weight-0 phrase of resolution: it keeps "accord" from firing there
        assertFalse(cues("According to the minister, nothing changed.").getOrDefault("resolution", "").contains("accord"));
        assertEquals("accord", cues("The accord was signed.").get("resolution"));
        // the long conflict cue "war of words" does not hide the economic cue "price" inside another reading
        Map<String, String> both = cues("A war of words over prices.");
        assertEquals("war of words", both.get("conflict"));
        assertEquals("price", both.get("economic"));
    }

    @Test
    void reproachNeedsTwoNamedSidesAndAVerbOfBlame() {
        assertTrue(cues("Smith slammed Jones over the budget.").get("conflict").contains("@reproach"));
        assertTrue(cues("Protesters denounced the government.").get("conflict").contains("@reproach"));
        assertFalse(cues("Smith slammed the door.").getOrDefault("conflict", "").contains("@reproach"));
    }

    @Test
    void agesOfPeopleSignalHumanInterest() {
        assertEquals("@age", cues("Maria Lopez, 34, waited by the river.").get("human_interest"));
        assertEquals("@age", cues("A 7-year-old waited.").get("human_interest"));
        assertEquals("@age", cues("A woman aged 81 waited.").get("human_interest"));
        assertFalse(cues("Route 34, the old road, was closed.").containsKey("human_interest"));
    }

    @Test
    void namedOrdinaryPeopleSignalHumanInterestButOfficialsDoNot() {
        assertEquals("farmer; @ordinary_person", cues("Yesterday farmer John Hale waited.").get("human_interest"));
        assertEquals("@ordinary_person", cues("Yesterday Maria Lopez, a retired baker, waited.").get("human_interest"));
        assertFalse(cues("Yesterday Senator John Hale waited.").containsKey("human_interest"));
        assertFalse(cues("Yesterday John Hale, the senator, waited.").containsKey("human_interest"));
    }

    @Test
    void amountsOfMoneyAndPercentagesSignalEconomics() {
        assertTrue(cues("It cost $2.5 billion, or 40 million euros.").get("economic").endsWith("; @money (2)"));
        assertEquals("@percent (2)", cues("Up 4% or 12 per cent.").get("economic"));
    }

    @Test
    void minScoreKeepsOnlyStrongSentences() {
        String text = "The talks failed. Rebels clashed with troops as rival factions traded accusations.";
        assertEquals(3, Tables.csv(run(text, "frames", "--min-score", "0").out()).size());
        List<CSVRecord> strong = Tables.csv(run(text, "frames", "--min-score", "5").out());
        assertEquals(1, strong.size());
        assertEquals("conflict", strong.get(0).get("frame"));
    }

    @Test
    void theDocumentLevelHasARowForEveryFrameInSchemeOrder() {
        Cli.Result r = run("Rebels clashed with troops.", "frames", "--level", "document");
        assertEquals(List.of("doc_id", "frame", "score", "share", "present"), Tables.header(r.out()));
        assertEquals(List.of("conflict", "human_interest", "economic", "morality", "responsibility", "resolution"),
            Tables.csv(r.out()).stream().map(row -> row.get("frame")).toList());
    }

    @Test
    void presenceNeedsEnoughWeightAndTwoDifferentCues() {
        // 4 words: score = weight / sqrt(0.04) = 5 x weight
        Map<String, CSVRecord> one = documentRows("Rebels clashed with troops.");
        assertEquals("27.500", one.get("conflict").get("score"), "(rebel 1 + clash with 2 + troop 0.5 + @reproach 2) x 5");
        assertEquals("true", one.get("conflict").get("present"));
        assertEquals("1.000", one.get("conflict").get("share"));
        assertEquals("false", one.get("economic").get("present"));
        Map<String, CSVRecord> repeated = documentRows("Clashes, clashes and clashes.");
        assertEquals("false", repeated.get("conflict").get("present"), "one cue, however often, is not yet a frame");
        Map<String, CSVRecord> strict = documentRows("Rebels clashed with troops.", "--presence", "30");
        assertEquals("false", strict.get("conflict").get("present"));
        Map<String, CSVRecord> lenient = documentRows("Clashes, clashes and clashes.", "--presence", "1,1");
        assertEquals("true", lenient.get("conflict").get("present"));
    }

    @Test
    void presenceScoresScaleWithTheSquareRootOfLength() {
        String filler = " The committee met on Tuesday in the town hall.".repeat(24);
        Map<String, CSVRecord> longer = documentRows("Rebels clashed with troops." + filler);
        // 4 + 24 x 9 = 220 words: 5.5 / sqrt(2.2)
        assertEquals("3.708", longer.get("conflict").get("score"));
    }

    @Test
    void primaryMarksTheFrameWithTheMostWeight() {
        Cli.Result r = run("{\"id\":\"a\",\"text\":\"Rebels clashed with troops over the tariff.\"}\n{\"id\":\"b\",\"text\":\"Nothing here.\"}\n",
            "frames", "--level", "document", "--primary", "--input-format", "jsonl");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("doc_id", "frame", "score", "share", "present", "primary"), Tables.header(r.out()));
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(List.of("a:conflict"), rows.stream().filter(row -> row.get("primary").equals("true"))
            .map(row -> row.get("doc_id") + ":" + row.get("frame")).toList(), "no primary frame where no cue fired");
    }

    @Test
    void primaryTiesGoToTheFrameListedFirst() {
        Map<String, CSVRecord> rows = documentRows("A tariff and a feud.", "--primary");
        assertEquals(rows.get("economic").get("score"), rows.get("conflict").get("score"), "tariff 2, feud 2");
        assertEquals("true", rows.get("conflict").get("primary"));
        assertEquals("false", rows.get("economic").get("primary"));
    }

    @Test
    void jsonHasBooleansAndTheEffectiveScheme() throws IOException {
        Cli.Result r = run("Rebels clashed with troops.", "frames", "--level", "document", "--primary", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("generic", root.get("options").get("scheme").asText());
        assertTrue(root.get("options").get("presence").get("scores").has("morality"));
        JsonNode first = root.get("results").get(0);
        assertTrue(first.get("present").isBoolean());
        assertTrue(first.get("primary").booleanValue());
        assertTrue(first.get("score").isNumber());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "security_and_defense|NATO troops and artillery shelled the frontline as the defence minister warned of an invasion.",
        "health_and_safety|The hospital treated patients for the virus as the epidemic strained public health.",
        "crime_and_punishment|Police arrested the suspect, who was later convicted of fraud and jailed.",
        "legality_constitutionality_jurisprudence|The supreme court ruled the law unconstitutional after a lawsuit by the state attorney general.",
        "political|The senator's campaign courted voters ahead of the election, and the party's lawmakers lobbied hard.",
        "public_opinion|A new poll shows most voters oppose the plan, and protesters rallied outside.",
        "external_regulation_and_reputation|The foreign minister met diplomats at the summit to discuss sanctions and the treaty.",
        "fairness_and_equality|Campaigners said the rules are discriminatory and deepen inequality for minorities.",
        "cultural_identity|The festival celebrates the region's heritage, traditions and language.",
        "capacity_and_resources|Hospitals face staff shortages and a backlog as capacity runs out.",
        "quality_of_life|Residents say traffic and rising rents have changed daily life in the neighborhood.",
        "morality|Bishops called it a moral failure and a sin.",
        "economic|Inflation and the recession pushed unemployment up.",
        "policy_prescription_and_evaluation|The proposal would phase out the subsidy, but critics doubt the policy's effectiveness.",
        "other|Astronomers at the observatory discovered a comet."})
    void eachPolicyFrameHasItsOwnCues(String frame, String sentence) {
        Cli.Result r = run(sentence, "frames", "--scheme", "policy", "--level", "document", "--primary");
        assertEquals(0, r.exit(), r.toString());
        CSVRecord primary = Tables.csv(r.out()).stream().filter(row -> row.get("primary").equals("true")).findFirst().orElseThrow();
        assertEquals(frame, primary.get("frame"), r.out());
    }

    @Test
    void thePolicySchemeHasTheFifteenFramesOfTheCodebook() {
        Cli.Result r = run("", "frames", "--scheme", "policy", "--level", "document", "--format", "json");
        JsonNode frames;
        try {
            frames = new ObjectMapper().readTree(r.out()).get("options").get("frames");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(15, frames.size());
        assertEquals("security_and_defense", frames.get(7).asText());
        assertEquals("other", frames.get(14).asText());
    }

    @Test
    void aSchemeFileReplacesTheBuiltInSchemeUnlessSchemeIsGiven(@TempDir Path dir) throws IOException {
        Path scheme = Files.writeString(dir.resolve("s.tsv"), "# my frames\nweather\train\t1\nweather\theavy rain\t2\nsport\tgoal\nsport\t@percent\t0.5\n");
        Map<String, String> own = cues("Heavy rains fell and the goals came, 40% of them late.", "--scheme-file", scheme.toString());
        assertEquals(Map.of("weather", "heavy rain", "sport", "goal; @percent"), own);
        Map<String, String> both = cues("The heavy rain; the rebels clashed.", "--scheme", "generic", "--scheme-file", scheme.toString());
        assertEquals(Map.of("weather", "heavy rain", "conflict", "rebel; clash"), both);
    }

    @Test
    void presentLinesSetAFramesOwnPresenceScore(@TempDir Path dir) throws IOException {
        Path scheme = Files.writeString(dir.resolve("s.tsv"), "weather\train\nweather\tstorm\nweather\t@present\t50\nsport\tgoal\nsport\tmatch\n");
        Map<String, CSVRecord> rows = documentRows("Rain, a storm, a goal and a match.", "--scheme-file", scheme.toString());
        assertEquals("false", rows.get("weather").get("present"), "score 2 x sqrt(100/7) is below 50");
        assertEquals("true", rows.get("sport").get("present"), "the default presence score, 3");
    }

    @Test
    void aDicFileMakesEachCategoryAFrameWithWildcards(@TempDir Path dir) throws IOException {
        Path dic = Files.writeString(dir.resolve("m.dic"), "%\n1\tharm\n2\tcare\n%\nhurt*\t1\nkill\t1\nprotect*\t2\ntake care of\t2\n");
        Map<String, String> cues = cues("They hurt him, killed none, and protected the town; we take care of it.", "--dic", dic.toString());
        assertEquals(Map.of("harm", "hurt*", "care", "protect*; take care of"), cues, "a .dic matches word forms: 'killed' is not 'kill'");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "conflict\tclash\t1\textra|2: expected 'frame<TAB>cue<TAB>weight' but found 4 field(s)",
        "conflict\tclash\theavy|2: weight 'heavy' is not a number from 0 to 100",
        "conflict\tclash\t-1|2: weight '-1' is not a number from 0 to 100",
        "conflict\t@shouting\t1|2: unknown pattern '@shouting'",
        "human interest\tgrief\t1|2: frame name 'human interest' is empty or has characters other than letters, digits, '_' and '-'",
        "conflict\t \t1|2: empty cue",
        "conflict\t@present|2: @present needs a score"})
    void aMalformedSchemeFileFailsWithFileAndLine(String line, String message, @TempDir Path dir) throws IOException {
        Path scheme = Files.writeString(dir.resolve("bad.tsv"), "conflict\tfeud\t1\n" + line.replace("\\t", "\t") + "\n");
        Cli.Result r = run("text", "frames", "--scheme-file", scheme.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("textlens: error: " + scheme + ":" + message), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingSchemeFileOrDictionaryIsAnError() {
        Cli.Result r = run("text", "frames", "--scheme-file", "no-such.tsv");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: no-such.tsv: no such file"), r.err());
        Cli.Result d = run("text", "frames", "--dic", "no-such.dic");
        assertEquals(1, d.exit());
        assertTrue(d.err().startsWith("textlens: error: no-such.dic: no such file"), d.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--scheme media|--scheme must be generic or policy, not 'media'",
        "--level paragraph|--level must be sentence or document, not 'paragraph'",
        "--primary|--primary works on documents; add --level document",
        "--presence 2|--presence works on documents; add --level document",
        "--level document --min-score 2|--min-score filters sentence rows",
        "--level document --presence high|--presence takes SCORE[,CUES]",
        "--level document --presence 1,0|--presence takes SCORE[,CUES]",
        "--min-score -1|--min-score must be a number >= 0"})
    void optionMistakesAreUsageErrors(String options, String message) {
        String[] args = ("frames " + options).split(" ");
        Cli.Result r = run("text", args);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("textlens: error: " + message), r.err());
    }

    @Test
    void emptyInputGivesTheHeaderOnly() {
        assertEquals("doc_id,sentence,start,end,frame,score,cues\n", run("", "frames").out());
        assertEquals("doc_id,frame,score,share,present\n", Cli.run("frames", "--level", "document", "--scheme", "policy",
            "testdata/edge/empty.txt").out().replace("testdata/edge/empty.txt", "x").lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void missingBinaryAndMalformedInputsBehaveAsForEveryCommand() {
        Cli.Result missing = Cli.run("frames", "testdata/no-such-file.txt");
        assertEquals(1, missing.exit());
        assertEquals("textlens: error: testdata/no-such-file.txt: no such file or directory (check the path)\n", missing.err());
        Cli.Result binary = Cli.run("frames", "--level", "document", "testdata/edge/binary.bin", "testdata/edge/latin1.txt");
        assertEquals(0, binary.exit(), binary.toString());
        assertTrue(binary.err().contains("testdata/edge/binary.bin: binary file"), binary.err());
        assertTrue(binary.err().contains("testdata/edge/latin1.txt: 2 malformed UTF-8 byte sequence(s) replaced"), binary.err());
        assertEquals(6, Tables.csv(binary.out()).size(), "the binary file is skipped, the Latin-1 file read with replacements");
    }

    @Test
    void anEmptyDocumentHasEveryFrameAbsent() {
        Cli.Result r = Cli.run("frames", "--level", "document", "--primary", "testdata/edge/empty.txt");
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(6, rows.size());
        rows.forEach(row -> assertEquals(List.of("0.000", "0.000", "false", "false"),
            List.of(row.get("score"), row.get("share"), row.get("present"), row.get("primary"))));
    }

    @Test
    void threadsGiveIdenticalOutput() {
        for (String level : List.of("sentence", "document")) {
            Cli.Result one = Cli.run("frames", "--level", level, "--threads", "1", "testdata/news");
            Cli.Result four = Cli.run("frames", "--level", level, "--threads", "4", "testdata/news");
            assertEquals(0, one.exit(), one.err());
            assertEquals(one.out(), four.out());
        }
    }

    @Test
    void tsvCorporaAreReadWithTheirIdColumn(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("c.tsv"), "ID\ttext\tgold\n7\t\"Rebels \"\"clashed\"\" with troops.\"\tTrue\n8\tbroken\n");
        Cli.Result r = Cli.run("frames", "--level", "document", "--input-format", "tsv", "--id-field", "ID", "--keep-going", tsv.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(tsv + ":3: row has 2 field(s), the header 3"), r.err());
        assertEquals(6, Tables.csv(r.out()).size());
        assertTrue(r.out().contains("\n7,conflict,27.500,1.000,true\n"), r.out());
    }
}
