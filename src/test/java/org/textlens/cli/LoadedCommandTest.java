package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code textlens loaded} through the command line, on our test lexicon and texts. */
class LoadedCommandTest {
    private static final String LEXICON = Cli.data("loaded/newsroom.tsv");
    private static final String SAMPLE = Cli.data("loaded/sample.txt");

    @TempDir
    Path tmp;

    private static List<CSVRecord> hits(String text, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "loaded";
        args[1] = "--no-builtin";
        args[2] = "--lexicon";
        args[3] = LEXICON;
        System.arraycopy(options, 0, args, 4, options.length);
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), args);
        assertEquals(0, r.exit(), r.toString());
        return Tables.csv(r.out());
    }

    private static List<String> terms(List<CSVRecord> rows) {
        return rows.stream().map(r -> r.get("term")).toList();
    }

    @Test
    void everyCategoryIsReportedWithItsAlternativeAndReason() {
        Cli.Result r = Cli.run("loaded", "--no-builtin", "--lexicon", LEXICON, SAMPLE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("doc_id", "sentence", "start", "end", "term", "category", "weight", "alternative", "reason"),
            Tables.header(r.out()));
        Map<String, Long> perCategory = Tables.csv(r.out()).stream().collect(Collectors.groupingBy(x -> x.get("category"), Collectors.counting()));
        assertEquals(Map.of("label", 3L, "contested-name", 4L, "emotive", 2L, "exaggeration", 1L, "doubt", 3L, "stance-verb", 2L,
            "presupposition", 1L, "euphemism", 1L, "fear", 1L), perCategory);
        CSVRecord thug = Tables.row(r.out(), "term", "thugs").orElseThrow();
        assertEquals("label", thug.get("category"));
        assertEquals("0.80", thug.get("weight"));
        assertEquals("protester | person", thug.get("alternative"));
        assertEquals("dehumanising label", thug.get("reason"));
    }

    @Test
    void offsetsAreCodePointsIntoTheDocument() throws IOException {
        String text = Files.readString(Path.of(SAMPLE));
        Cli.Result r = Cli.run("loaded", "--no-builtin", "--lexicon", LEXICON, SAMPLE);
        for (CSVRecord row : Tables.csv(r.out())) {
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            int from = text.offsetByCodePoints(0, start);
            assertEquals(row.get("term"), text.substring(from, text.offsetByCodePoints(from, end - start)));
        }
        CSVRecord afterEmoji = Tables.row(r.out(), "term", "thug").orElseThrow();
        assertEquals("460", afterEmoji.get("start")); // the emoji before it is one code point, two UTF-16 units
    }

    @Test
    void inflectionsMatchTheLemmaButExactEntriesOnlyTheirOwnForm() {
        assertEquals(List.of("slams", "slammed", "slamming", "slam"), terms(hits("He slams it. She slammed it. They keep slamming. We slam.")));
        assertEquals(List.of("admitted"), terms(hits("She admitted it. He admits it. They admit it.")));
    }

    @Test
    void phrasesAreOneHitLongestFirstWithoutOverlaps() {
        List<CSVRecord> rows = hits("It was a coup d'état. It was a coup. The fact that collateral damage rose.");
        assertEquals(List.of("coup d'état", "coup", "The fact that", "collateral damage"), terms(rows));
        assertEquals(List.of("contested-name", "contested-name", "presupposition", "euphemism"),
            rows.stream().map(r -> r.get("category")).toList());
        assertEquals("military takeover | seizure of power", rows.get(0).get("alternative"));
    }

    @Test
    void extendingEntriesReachOverTheWordTheyIntensify() {
        assertEquals(List.of("utterly predictable", "Utterly", "thug", "Utterly"),
            terms(hits("An utterly predictable end. Utterly the thug. Utterly.")));
    }

    @Test
    void chargedAdjectivesTakeInTheNounTheyModify() {
        assertEquals(List.of("vicious attack", "vicious", "Vicious", "vicious", "vicious", "thug"),
            terms(hits("A vicious attack. A vicious, ugly one. Vicious Smith won. It was vicious quickly. A vicious thug.")));
        assertEquals(List.of("so vicious", "most vicious attack", "very thug"), terms(hits("So so vicious. The most vicious attack. A very thug.")));
    }

    @Test
    void chargedWordsTakeInTheirModifiersCoordinatesAndOfPhrases() {
        assertEquals(List.of("black-hearted thug", "episcopal thug", "careful and vicious attack", "vicious and nervous"),
            terms(hits("A black-hearted thug. An episcopal thug. A careful and vicious attack. It was vicious and nervous.")));
        assertEquals(List.of("regime of terror", "regime", "vicious", "vicious and senseless", "Vicious", "thug"),
            terms(hits("A regime of terror. The regime of Smith. Poorly vicious. It was vicious and senseless. Vicious and thug.")));
    }

    @Test
    void chargedWordsTakeInTheNounPhraseAfterThemButNotAVerb() {
        assertEquals(List.of("thug army", "vicious economic deal", "Thugs", "Thugs", "thugs", "regime of brutal terror"),
            terms(hits("A thug army marched. A vicious economic deal. Thugs said no. Thugs threaten us. The thugs held. "
                + "A regime of brutal terror.")));
    }

    @Test
    void twoWordEntriesAlsoMatchTheirHyphenatedSpelling() throws IOException {
        Path lexicon = tmp.resolve("hunt.tsv");
        Files.writeString(lexicon, "witch hunt\temotive\t0.7\tinvestigation\tcasts an inquiry as persecution\t\n"
            + "has-been\tlabel\t0.6\tformer star\tbelittles a person\t\n");
        assertEquals(List.of("witch-hunt", "witch hunt"), terms(hits("A witch-hunt began. The witch hunt ended.", "--lexicon", lexicon.toString())));
        assertEquals(List.of(), terms(hits("He has been there.", "--lexicon", lexicon.toString())), "a hyphenated entry is not split");
        Cli.Result builtin = Cli.runWithInput("It sounded the death-knell of the treaty.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--categories", "fear");
        assertEquals(List.of("death-knell"), terms(Tables.csv(builtin.out())));
    }

    @Test
    void skipRepeatsReportsASentenceOnlyInTheFirstDocumentWithIt() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Take our poll: who is the vicious thug? Smith spoke.\n");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Take our poll:  who is the vicious thug? A vicious attack.\n");
        String[] base = {"loaded", "--no-builtin", "--lexicon", LEXICON, a.toString(), b.toString()};
        List<CSVRecord> all = Tables.csv(Cli.run(base).out());
        assertEquals(List.of("vicious", "thug", "vicious", "thug", "vicious attack"), terms(all));
        Cli.Result one = Cli.run(concat(base, "--skip-repeats", "--threads", "1"));
        Cli.Result two = Cli.run(concat(base, "--skip-repeats", "--threads", "2"));
        assertEquals(one.out(), two.out());
        List<CSVRecord> kept = Tables.csv(one.out());
        assertEquals(List.of("vicious", "thug", "vicious attack"), terms(kept));
        assertEquals(List.of(a.toString(), a.toString(), b.toString()), kept.stream().map(r -> r.get("doc_id")).toList());
        assertEquals(2, Cli.run(concat(base, "--skip-repeats", "--summary")).exit());
        String sameIds = "{\"id\":\"x\",\"text\":\"A vicious thug.\"}\n{\"id\":\"x\",\"text\":\"A vicious thug. Thugs!\"}\n";
        Cli.Result records = Cli.runWithInput(sameIds.getBytes(StandardCharsets.UTF_8), "loaded", "--no-builtin", "--lexicon", LEXICON,
            "--input-format", "jsonl", "--skip-repeats");
        assertEquals(List.of("vicious", "thug", "Thugs"), terms(Tables.csv(records.out())), "records sharing an id are still two documents");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void adverbsOfChargedAdjectivesMatchTheirAdjective() {
        List<CSVRecord> rows = hits("He viciously attacked. Sadly, the viciousness.");
        assertEquals(List.of("viciously"), terms(rows));
        assertEquals("emotive", rows.get(0).get("category"));
        assertEquals(List.of("utterly"), terms(hits("It is utterly.", "--categories", "exaggeration")));
    }

    @Test
    void anIntensifierBeforeAChargedWordIsPartOfItsHit() throws IOException {
        assertEquals(List.of("utterly vicious attack"), terms(hits("An utterly vicious attack.")));
        assertEquals(List.of("utterly vicious"), terms(hits("An utterly vicious attack.", "--categories", "exaggeration")));
        Path light = tmp.resolve("light.tsv");
        Files.writeString(light, "vicious\temotive\t0.2\tharsh\tweak charge\t\n");
        assertEquals(List.of("utterly"), terms(hits("An utterly vicious attack.", "--lexicon", light.toString(), "--min-weight", "0.3")));
    }

    @Test
    void caseSensitiveEntriesMatchOnlyTheirSpellingAndItsPossessive() {
        assertEquals(List.of("Kiev", "Kiev's", "Kiev’s"), terms(hits("In Kiev and in kiev, Kiev's mayor and Kiev’s people; KIEV.")));
    }

    @Test
    void falseFriendsAreNotHits() {
        assertEquals(List.of(), terms(hits("The ancien regime. The coup de grâce. The coup de grace. She claimed the title. "
            + "He claimed responsibility. His claims were false. The claims of abuse.")));
        assertEquals(List.of("regime", "coup", "claimed", "claims"),
            terms(hits("The regime. The coup. She claimed that it was over. He claims it is near.")));
    }

    @Test
    void scareQuotesAreDoubtButReportedSpeechAndTitlesAreNot() {
        List<CSVRecord> rows = hits("The 'peace plan' failed. Officials hailed a “historic” day, and a “new era” began.");
        assertEquals(List.of("'peace plan'"), terms(rows).subList(0, 1));
        assertEquals("doubt", rows.get(0).get("category"));
        assertFalse(rows.get(0).get("alternative").isEmpty());
        assertEquals(List.of(), terms(hits("\"Enough,\" he said. He said it was \"over\". She wrote: \"No\". "
            + "They read 'The Art Of War'. The word 'crisis' is overused. Prices rose 'by 5%'. \"Why?\" he asked.")));
        List<CSVRecord> quotedEntry = hits("The so-much “thug” remark."); // a lexicon word inside keeps its lexicon entry
        assertEquals(List.of("thug"), terms(quotedEntry));
        assertEquals("label", quotedEntry.get(0).get("category"));
    }

    @Test
    void userCsvLexiconOverridesByTermAndExtends() {
        Cli.Result r = Cli.run("loaded", "--no-builtin", "--lexicon", LEXICON, "--lexicon", Cli.data("loaded/overrides.csv"), SAMPLE);
        assertEquals(0, r.exit(), r.toString());
        CSVRecord regime = Tables.row(r.out(), "term", "regime").orElseThrow();
        assertEquals("0.90", regime.get("weight"));
        assertEquals("government | administration", regime.get("alternative"));
        assertEquals("a label that delegitimises, in any context", regime.get("reason"));
        Cli.Result caravan = Cli.runWithInput("A migrant caravan arrived.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--no-builtin", "--lexicon", Cli.data("loaded/overrides.csv"));
        assertEquals(List.of("migrant caravan"), terms(Tables.csv(caravan.out())));
    }

    @Test
    void userLexiconsExtendTheBuiltInOne() throws IOException {
        Path mine = tmp.resolve("mine.tsv");
        Files.writeString(mine, "zorblax\tlabel\t0.9\tperson\tinvented slur\t\n");
        Cli.Result r = Cli.runWithInput("The zorblax said it was utterly so-called.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--lexicon", mine.toString());
        assertEquals(List.of("zorblax", "utterly", "so-called"), terms(Tables.csv(r.out())));
    }

    @Test
    void malformedLexiconsFailWithFileAndLine() {
        assertError(Cli.data("loaded/bad-weight.tsv") + ":3: weight 'heavy' is not a number", "loaded/bad-weight.tsv");
        assertError(Cli.data("loaded/bad-category.tsv") + ":2: unknown category 'insult' (use one of label, contested-name, emotive",
            "loaded/bad-category.tsv");
        assertError(Cli.data("loaded/bad-flag.csv") + ":4: unknown flag 'sometimes'", "loaded/bad-flag.csv");
        assertError(Cli.data("loaded/missing.tsv") + ": no such file", "loaded/missing.tsv");
    }

    @Test
    void weightOutsideRangeAndTooManyColumnsAreErrors() throws IOException {
        Path file = tmp.resolve("x.tsv");
        Files.writeString(file, "# header-less\nthug\tlabel\t1.5\n");
        Cli.Result r = Cli.run("loaded", "--no-builtin", "--lexicon", file.toString(), SAMPLE);
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: " + file + ":2: weight 1.5 is outside 0..1"), r.err());
        Files.writeString(file, "thug\tlabel\t0.5\ta\tb\tcase\textra\n");
        r = Cli.run("loaded", "--no-builtin", "--lexicon", file.toString(), SAMPLE);
        assertTrue(r.err().startsWith("textlens: error: " + file + ":1: too many columns (7)"), r.err());
    }

    private static void assertError(String expectedStart, String file) {
        Cli.Result r = Cli.run("loaded", "--no-builtin", "--lexicon", Cli.data(file), SAMPLE);
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("textlens: error: " + expectedStart), r.err());
    }

    @Test
    void categoriesFilterKeepsOnlyThoseAndUnknownNamesAreUsageErrors() {
        List<CSVRecord> rows = hits("The regime slammed the so-called plan.",
            "--categories", "label,doubt");
        assertEquals(List.of("regime", "so-called"), terms(rows));
        Cli.Result r = Cli.run("loaded", "--categories", "label,slur", SAMPLE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown category 'slur'"), r.err());
    }

    @Test
    void minWeightDropsLighterHits() {
        assertEquals(List.of("thug", "coup d'état"), terms(hits("A thug, a coup d'état, a coup.", "--min-weight", "0.7")));
    }

    @Test
    void summaryCountsWordsHitsAndLoadedness() {
        Cli.Result r = Cli.run("loaded", "--summary", "--no-builtin", "--lexicon", LEXICON, SAMPLE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("doc_id,words,hits,per_1000,loadedness,label,contested-name,emotive,exaggeration,doubt,stance-verb,"
            + "presupposition,euphemism,fear,other", r.out().lines().findFirst().orElseThrow());
        CSVRecord row = Tables.csv(r.out()).get(0);
        // 83 words; 18 hits weighing 10.10 in all: 18000/83 = 216.87 hits and 10100/83 = 121.69 weight per 1,000 words
        assertEquals("83", row.get("words"));
        assertEquals("18", row.get("hits"));
        assertEquals("216.87", row.get("per_1000"));
        assertEquals("121.69", row.get("loadedness"));
        assertEquals("3", row.get("label"));
        assertEquals("4", row.get("contested-name"));
        assertEquals("0", row.get("other"));
    }

    @Test
    void contextAddsTheSentence() {
        List<CSVRecord> rows = hits("Calm here. The thug ran.", "--context");
        assertEquals("The thug ran.", rows.get(0).get("context"));
        assertEquals("1", rows.get(0).get("sentence"));
        Cli.Result r = Cli.run("loaded", "--summary", "--context", SAMPLE);
        assertEquals(2, r.exit());
    }

    @Test
    void dicFilesAddCategoryOnlyEntriesWithPrefixWildcards() {
        Cli.Result r = Cli.runWithInput("A menacing, furious crowd may take over. Menace is rage.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--no-builtin", "--dic", Cli.data("loaded/loaded.dic"));
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(List.of("menacing", "furious", "take over", "Menace", "rage"), terms(rows));
        assertEquals(List.of("threat", "anger", "threat", "threat", "anger"), rows.stream().map(x -> x.get("category")).toList());
        assertEquals("", rows.get(0).get("alternative"));
        assertEquals("loaded.dic: threat", rows.get(0).get("reason"));
        Cli.Result only = Cli.runWithInput("A furious, menacing crowd.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--no-builtin", "--dic", Cli.data("loaded/loaded.dic"), "--categories", "anger");
        assertEquals(List.of("furious"), terms(Tables.csv(only.out())));
    }

    @Test
    void hitsInsideAQuotationNameTheSpeakerAndTheTextsOwnWordsNone() {
        String text = "\"The mayor is a thug,\" said Anna Berg on Monday.\n\n"
            + "Police called the protesters thugs. \"They are thugs who slam doors,\" he told reporters.\n\n"
            + "\"Nobody here has ever seen such thugs in this town before.\"";
        List<CSVRecord> rows = hits(text, "--speakers", "--context");
        assertEquals(List.of("doc_id", "sentence", "start", "end", "term", "category", "weight", "alternative", "reason", "speaker",
            "context"), List.copyOf(rows.get(0).getParser().getHeaderNames()));
        assertEquals(List.of("thug", "thugs", "thugs", "slam doors", "such thugs"), terms(rows));
        assertEquals(List.of("Anna Berg", "", "Anna Berg", "Anna Berg", "(unattributed)"),
            rows.stream().map(r -> r.get("speaker")).toList());
        List<CSVRecord> unattributed = hits("A report. \"Nobody here has ever seen such thugs in this town before.\"", "--speakers");
        assertEquals(List.of("(unattributed)"), unattributed.stream().map(r -> r.get("speaker")).toList());
    }

    @Test
    void emptyInputWritesTheHeaderOnlyAndThreadsDoNotChangeOutput() {
        Cli.Result empty = Cli.run("loaded", Cli.data("edge/empty.txt"));
        assertEquals(0, empty.exit(), empty.toString());
        assertEquals("doc_id,sentence,start,end,term,category,weight,alternative,reason\n", empty.out().replace("\r\n", "\n"));
        Cli.Result one = Cli.run("loaded", "--threads", "1", "testdata/news", SAMPLE);
        Cli.Result two = Cli.run("loaded", "--threads", "2", "testdata/news", SAMPLE);
        assertEquals(one.out(), two.out());
        Cli.Result oneSpeakers = Cli.run("loaded", "--speakers", "--threads", "1", "testdata/news", SAMPLE);
        Cli.Result twoSpeakers = Cli.run("loaded", "--speakers", "--threads", "2", "testdata/news", SAMPLE);
        assertEquals(oneSpeakers.out(), twoSpeakers.out());
        assertTrue(oneSpeakers.out().contains(",Rosa Kiel\n"), oneSpeakers.out());
    }

    @Test
    void binaryAndMissingInputsBehaveLikeEveryCommand() {
        Cli.Result binary = Cli.run("loaded", Cli.data("edge/binary.bin"));
        assertTrue(binary.err().contains("binary"), binary.err());
        Cli.Result missing = Cli.run("loaded", Cli.data("no-such.txt"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("textlens: error: "), missing.err());
        assertEquals(2, Cli.run("loaded", "--no-builtin", SAMPLE).exit());
    }
}
