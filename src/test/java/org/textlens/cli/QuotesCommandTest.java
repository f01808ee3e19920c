package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** textlens quotes through its command line: each kind of statement, speakers, edge cases. */
class QuotesCommandTest {
    static List<CSVRecord> quotes(String text, String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "quotes";
        System.arraycopy(extra, 0, args, 1, extra.length);
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), args);
        assertEquals(0, r.exit(), r.toString());
        return Tables.csv(r.out());
    }

    /** speaker|verb|kind|text of every row, for compact exact comparisons. */
    private static List<String> brief(String text) {
        return quotes(text).stream().map(r -> r.get("speaker") + "|" + r.get("verb") + "|" + r.get("kind") + "|" + r.get("text")).toList();
    }

    @Test
    void straightQuotesWithAttributionAfter() {
        assertEquals(List.of("Anna Kovac|say|direct|We will not close the mine"),
            brief("\"We will not close the mine,\" said Anna Kovac, the regional governor.\n"));
        assertEquals(List.of("Anna Kovac|say|direct|We will not close the mine"),
            brief("\"We will not close the mine,\" Anna Kovac said on Tuesday.\n"));
    }

    @Test
    void curlyQuotesWithAttributionBefore() {
        assertEquals(List.of("Anna Kovac|tell|direct|The mine stays open."),
            brief("Governor Anna Kovac told reporters: “The mine stays open.”\n"));
    }

    @Test
    void attributionInTheMiddleJoinsBothParts() {
        // one statement interrupted by its attribution, as PolNeAR annotates it; its words are those of the parts
        List<CSVRecord> rows = quotes("“We will win,” Kovac said, “and then we will rebuild.”\n");
        assertEquals(1, rows.size());
        assertEquals("We will win,” Kovac said, “and then we will rebuild.", rows.get(0).get("text"));
        assertEquals("Kovac", rows.get(0).get("speaker"));
        assertEquals("say", rows.get(0).get("verb"));
    }

    @Test
    void doubledApostrophesAreDoubleQuoteMarks() {
        assertEquals(List.of("Nora Lind|say|direct|We will reopen the bridge in May,'' Nora Lind said. ''It's safe now."),
            brief("''We will reopen the bridge in May,'' Nora Lind said. ''It's safe now.''\n"));
        assertEquals(List.of("Nora Lind|say|direct|The budget is tight.\n\n''We will manage."),
            brief("Nora Lind said: ''The budget is tight.\n\n''We will manage.''\n"), "a quote of two paragraphs");
    }

    @Test
    void aQuoteOfSeveralSentencesIsOneStatement() {
        List<String> rows = brief("\"The roads are closed. Nobody should travel. We will say when it is safe,\" said police chief Karl Ruud.\n");
        assertEquals(List.of("Karl Ruud|say|direct|The roads are closed. Nobody should travel. We will say when it is safe"), rows);
    }

    @Test
    void aQuoteContinuesIntoTheNextParagraphThatOpensWithAQuoteMark() {
        String text = "Strike talks\n\n\"We have made a fair offer. We improved it twice.\n\n"
            + "\"There is no more money,\" said Julia Hart, the company's chief executive.\n";
        List<CSVRecord> rows = quotes(text);
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("We have made a fair offer. We improved it twice.\n\n\"There is no more money", r.get("text"));
        assertEquals("Julia Hart", r.get("speaker"));
        assertEquals(text.indexOf("We have"), Integer.parseInt(r.get("start")));
    }

    @Test
    void reportedSpeechForwardBackwardAndParenthetical() {
        assertEquals(List.of("Anna Kovac|say|indirect|the mine would stay open until 2030"),
            brief("Anna Kovac said on Tuesday that the mine would stay open until 2030.\n"));
        assertEquals(List.of("Anna Kovac|warn|indirect|prices would rise"), brief("Anna Kovac warned prices would rise.\n"));
        assertEquals(List.of("Anna Kovac|tell|indirect|The mine will stay open until 2030"),
            brief("The mine will stay open until 2030, Anna Kovac told reporters in Pell.\n"));
        assertEquals(List.of("Anna Kovac|say|indirect|The mine will stay open until 2030"),
            brief("The mine will stay open until 2030, said Anna Kovac.\n"));
        assertEquals(List.of("Anna Kovac|say|indirect|The mine, Anna Kovac said, will stay open"),
            brief("The mine, Anna Kovac said, will stay open.\n"));
    }

    @Test
    void accordingToNamesTheSourceBeforeOrAfterTheStatement() {
        assertEquals(List.of("Kremlin|according to|according_to|the talks will resume in May"),
            brief("According to the Kremlin, the talks will resume in May.\n"));
        assertEquals(List.of("energy ministry|according to|according_to|Gas prices fell by 4% in March"),
            brief("Gas prices fell by 4% in March, according to the energy ministry.\n"));
    }

    @Test
    void speakerIsTheNameWithoutItsTitleAndOffsetsPointAtIt() {
        String text = "State Department spokesman Matthew Miller said the talks would begin this week.\n";
        CSVRecord r = quotes(text).get(0);
        assertEquals("Matthew Miller", r.get("speaker"));
        assertEquals(text.indexOf("Matthew"), Integer.parseInt(r.get("speaker_start")));
        assertEquals(text.indexOf(" said"), Integer.parseInt(r.get("speaker_end")));
        assertEquals("Aleksey Reznikov", quotes("Defense Minister Aleksey Reznikov said the offer was fair.\n").get(0).get("speaker"));
        assertEquals("Antony Blinken", quotes("Secretary of State Antony Blinken said the offer was fair.\n").get(0).get("speaker"));
        assertEquals("Smith", quotes("\"Will the talks resume?\" asked Mr. Smith, the envoy.\n").get(0).get("speaker"));
        assertEquals("Jane Doe", quotes("Dr. Jane Doe, a virologist, said the outbreak was contained.\n").get(0).get("speaker"));
    }

    @Test
    void organisationsPlacesAndCommonNounsSpeakToo() {
        assertEquals("Moscow", quotes("Moscow said the deliveries made Western countries combatants.\n").get(0).get("speaker"));
        assertEquals("regional government", quotes("The regional government said 40% of homes were flooded.\n").get(0).get("speaker"));
        assertEquals("Farmers", quotes("Farmers in the Selva plains warned that the harvest could fail.\n").get(0).get("speaker"));
        assertEquals("Mercer Bank", quotes("Analysts at Mercer Bank said the move was expected.\n").get(0).get("speaker"));
        assertEquals("White House", quotes("The White House said Biden would travel to Kyiv.\n").get(0).get("speaker"));
        assertEquals("Ukrainian officials", quotes("Ukrainian officials said the front was stable.\n").get(0).get("speaker"));
    }

    @Test
    void surnamesAndPronounsResolveToTheFullNameWrittenEarlier() {
        String text = "Foreign minister Lena Voss arrived in Pell on Monday. Voss said the border would reopen. "
            + "She added that trade would resume within a week.\n";
        List<CSVRecord> rows = quotes(text);
        assertEquals(2, rows.size());
        for (CSVRecord r : rows) {
            assertEquals("Lena Voss", r.get("speaker"));
            assertEquals(text.indexOf("Lena Voss"), Integer.parseInt(r.get("speaker_start")), "offsets point at the name used");
        }
        assertEquals("add", rows.get(1).get("verb"));
    }

    @Test
    void aPronounStaysAsWrittenWhenTwoPeopleCouldBeMeant() {
        String text = "Lena Voss met Karl Ruud in Pell. He said the border would reopen.\n";
        CSVRecord r = quotes(text).get(0);
        assertEquals("He", r.get("speaker"));
        assertEquals(text.indexOf("He said"), Integer.parseInt(r.get("speaker_start")));
        assertEquals("they", quotes("Officials met on Monday. they said the border would reopen.\n").get(0).get("speaker"),
            "only he and she are resolved");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "The workers' pay hasn't kept up since the '90s, and Ukraine’s miners don’t expect it to, Anna Kovac said.\n";
        assertEquals(List.of("Anna Kovac|say|indirect|The workers' pay hasn't kept up since the '90s, and Ukraine’s miners don’t expect it to"),
            brief(text));
    }

    @Test
    void singleQuotesNestedAndBritish() {
        assertEquals(List.of("Sarah Finch|say|direct|It was a long night, but a useful one"),
            brief("'It was a long night, but a useful one,' said the British envoy, Sarah Finch.\n"));
        assertEquals(List.of("Tom Brandt|say|direct|He told me 'never again', and I believed him"),
            brief("\"He told me 'never again', and I believed him,\" Tom Brandt said.\n"));
    }

    @Test
    void germanFrenchAndSwissQuotationMarks() {
        assertEquals(List.of("Klaus Wendt|say|direct|Wir sind bereit."), brief("Berlin mayor Klaus Wendt said: „Wir sind bereit.“\n"));
        assertEquals(List.of("Claire Dubois|say|direct|Nous avons besoin de temps."),
            brief("The minister Claire Dubois said: « Nous avons besoin de temps. »\n"));
        assertEquals(List.of("Peter Huber|write|direct|Die Gespräche waren offen."), brief("Peter Huber wrote: »Die Gespräche waren offen.«\n"));
    }

    @Test
    void shortUnattributedQuotesAreTermsNotStatements() {
        assertEquals(List.of(), brief("The so-called \"outgrowth\" of the summit was a \"peace dividend\" for some.\n"));
        assertEquals(List.of("||direct|We will not surrender, not now and not ever."),
            brief("Crowds gathered in the square. \"We will not surrender, not now and not ever.\"\n"));
    }

    @Test
    void aPartialQuoteInsideReportedSpeechBelongsToIt() {
        assertEquals(List.of("Ravi Menon|say|indirect|the offer was \"an insult to every driver in the country\""),
            brief("Union leader Ravi Menon said the offer was \"an insult to every driver in the country\".\n"));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "\"Nobody should travel,\" said Karl Ruud. \"The roads will stay closed until the ploughs have been through";
        assertEquals(List.of("Karl Ruud|say|direct|Nobody should travel,\" said Karl Ruud. \"The roads will stay closed until the ploughs have been through"),
            brief(text));
    }

    @Test
    void passivesInfinitivesAndNounsAreNotSpeech() {
        assertEquals(List.of(), brief("The talks were announced last week. She was asked to say more. The statement was long.\n"));
        assertEquals(List.of("She|refuse|refusal|to say more"), brief("She refused to say more.\n"),
            "'to say' is no statement of hers, but the refusal is");
    }

    @Test
    void participlesCoordinatedVerbsAndRelativeClauses() {
        assertEquals(List.of("Andrey Ermak|announce|indirect|the talks", "Andrey Ermak|state|indirect|Ukraine expects firm guarantees"),
            brief("The president's aide, Andrey Ermak, announced the talks, stating that Ukraine expects firm guarantees.\n"));
        assertEquals(List.of("Mercer Bank|say|indirect|the move was expected", "Mercer Bank|predict|indirect|other firms would follow"),
            brief("Analysts at Mercer Bank said the move was expected and predicted that other firms would follow.\n"));
        assertEquals(List.of("Daniel Osei|tell|indirect|families were struggling"),
            brief("Daniel Osei, who chairs the Residents' Forum, told the radio station that families were struggling.\n"));
    }

    @Test
    void polishAndSwedishMarksAndAnOpenQuoteThatEndsAtItsParagraph() {
        assertEquals(List.of("Jan Kowalski|say|direct|To jest koniec."), brief("Jan Kowalski said: „To jest koniec.”\n"));
        assertEquals(List.of("Eva Lind|say|direct|Vi är redo."), brief("Eva Lind said: ”Vi är redo.”\n"));
        String text = "\"The bridge will close in April and stay closed for a year, said nobody in particular.\n\n"
            + "Traders are worried about the closure.\n";
        List<CSVRecord> rows = quotes(text);
        assertEquals(1, rows.size());
        assertEquals("The bridge will close in April and stay closed for a year, said nobody in particular.", rows.get(0).get("text"));
    }

    @Test
    void summaryCountsDirectAndIndirectStatementsAndWords() {
        String text = "\"We will win,\" said Anna Kovac. Kovac added that the mine would stay open. Karl Ruud said it would close.\n";
        List<CSVRecord> rows = quotes(text, "--summary");
        assertEquals(2, rows.size());
        assertEquals(List.of("-", "Anna Kovac", "2", "1", "1", "8", "0.7273"), List.of("-", rows.get(0).get("speaker"),
            rows.get(0).get("statements"), rows.get(0).get("direct"), rows.get(0).get("indirect"), rows.get(0).get("words"), rows.get(0).get("share")));
        assertEquals("Karl Ruud", rows.get(1).get("speaker"));
        assertEquals("3", rows.get(1).get("words"));
    }

    @Test
    void emptyInputGivesTheHeaderOnly() {
        Cli.Result r = Cli.runWithInput(new byte[0], "quotes");
        assertEquals(0, r.exit());
        assertEquals("doc_id,sentence,start,end,speaker,speaker_start,speaker_end,speaker_status,verb,kind,text\n", r.out());
        assertEquals("doc_id,speaker,statements,direct,indirect,words,share\n", Cli.runWithInput(new byte[0], "quotes", "--summary").out());
    }

    @Test
    void offsetsAreCodePointsAndEveryRowPointsAtItsText() throws IOException {
        String text = "🙂 Fans cheered. \"We did it 🎉,\" said captain Tom Reilly.\n";
        CSVRecord r = quotes(text).get(0);
        int[] cp = text.codePoints().toArray();
        assertEquals("We did it 🎉", new String(cp, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("start"))));
        assertEquals("Tom Reilly", new String(cp, Integer.parseInt(r.get("speaker_start")),
            Integer.parseInt(r.get("speaker_end")) - Integer.parseInt(r.get("speaker_start"))));
        for (Path p : List.of(Path.of("testdata/quotes"), Path.of("testdata/quotes-check"))) {
            try (var files = Files.list(p)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    int[] doc = Files.readString(f).codePoints().toArray();
                    for (CSVRecord row : Tables.csv(Cli.run("quotes", f.toString()).out())) {
                        int s = Integer.parseInt(row.get("start"));
                        assertEquals(row.get("text"), new String(doc, s, Integer.parseInt(row.get("end")) - s), f.toString());
                        if (!row.get("speaker").isEmpty()) {
                            int ss = Integer.parseInt(row.get("speaker_start"));
                            assertEquals(row.get("speaker"), new String(doc, ss, Integer.parseInt(row.get("speaker_end")) - ss), f.toString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void summaryPutsTheDominantVoiceFirst() {
        Cli.Result r = Cli.run("quotes", "--summary", "testdata/quotes/01-harbour-vote.txt");
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals("Maria Okafor", rows.get(0).get("speaker"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Integer.parseInt(rows.get(i - 1).get("words")) >= Integer.parseInt(rows.get(i).get("words")));
        }
        double share = rows.stream().mapToDouble(x -> Double.parseDouble(x.get("share"))).sum();
        assertEquals(1.0, share, 0.001);
    }

    @Test
    void userVerbsExtendTheLexiconAndBadFilesFailWithFileAndLine(@TempDir Path dir) throws IOException {
        String text = "Anna Kovac whispered that the mine would close.\n";
        assertEquals(List.of(), brief(text));
        Path verbs = Files.writeString(dir.resolve("verbs.tsv"), "# mine\nwhisper\tclause\n");
        assertEquals("whisper", quotes(text, "--lexicon", verbs.toString()).get(0).get("verb"));
        assertEquals(1, quotes(text, "--no-builtin", "--lexicon", verbs.toString()).size());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "whisper\tclause\nmutter\tsometimes\n");
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "quotes", "--lexicon", bad.toString());
        assertEquals(1, r.exit());
        assertEquals("textlens: error: " + bad + ":2: unknown complement 'sometimes' (use clause, object, addressee or source)\n", r.err());
        Path noTab = Files.writeString(dir.resolve("notab.tsv"), "whisper clause\n");
        assertTrue(Cli.run("quotes", "--lexicon", noTab.toString(), "-").err().contains(noTab + ":1: expected 'verb<TAB>complement[<TAB>kind]'"));
        assertEquals(2, Cli.run("quotes", "--no-builtin").exit());
    }

    @Test
    void jsonAndJsonlOutputs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(Cli.run("quotes", "--format", "json", "testdata/quotes/02-strike-talks.txt").out());
        assertEquals("quotes", root.get("command").asText());
        assertTrue(root.get("options").get("lexicon_entries").asInt() > 80);
        JsonNode first = root.get("results").get(0);
        assertEquals("indirect", first.get("kind").asText());
        assertTrue(first.get("speaker_start").isNumber());
        for (String line : Cli.run("quotes", "--format", "jsonl", "testdata/quotes").out().lines().toList()) {
            assertTrue(json.readTree(line).has("verb"));
        }
    }

    @Test
    void missingAndBinaryInputsFailLikeEveryCommand() {
        Cli.Result missing = Cli.run("quotes", "testdata/quotes/no-such-file.txt");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("textlens: error: testdata/quotes/no-such-file.txt: "), missing.err());
        Cli.Result binary = Cli.run("quotes", "testdata/edge/binary.bin", "testdata/quotes/04-unclosed.txt");
        assertEquals(0, binary.exit());
        assertTrue(binary.err().contains("textlens: warning: testdata/edge/binary.bin: binary file"), binary.err());
        assertEquals(1, Tables.csv(binary.out()).size()); // the unclosed quotation continues the one before its attribution
        Cli.Result malformed = Cli.run("quotes", "testdata/edge/latin1.txt");
        assertEquals(0, malformed.exit());
        assertTrue(malformed.err().contains("testdata/edge/latin1.txt"), malformed.err());
    }

    @Test
    void threadCountDoesNotChangeOutput() {
        assertEquals(Cli.run("quotes", "--threads", "1", "testdata/quotes", "testdata/news").out(),
            Cli.run("quotes", "--threads", "3", "testdata/quotes", "testdata/news").out());
    }
}
