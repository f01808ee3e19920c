package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loaded --model}: a tagger trained on a small hand-written fixture finds the spans it was taught. */
class LoadedModelTest {
    private static final String FIXTURE = "testdata/loaded/spans/docs";
    private static final String SPANS = "testdata/loaded/spans/spans.tsv";

    @TempDir
    static Path tmp;
    static Path model;

    @BeforeAll
    static void train() {
        model = tmp.resolve("fixture.model");
        Cli.Result r = Cli.run("train", "loaded", "--spans", SPANS, "--folds", "0", "--c", "10", "--min-count", "1",
            "--balanced", "-o", model.toString(), FIXTURE);
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void trainingReportsCrossValidatedTokenAndSpanFiguresAndWritesTheSameModelEveryTime() throws IOException {
        Path again = tmp.resolve("again.model");
        Cli.Result r = Cli.run("train", "loaded", "--spans", SPANS, "--folds", "0", "--c", "10", "--min-count", "1",
            "--balanced", "-o", again.toString(), FIXTURE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Files.readString(model), Files.readString(again));
        Cli.Result cv = Cli.run("train", "loaded", "--spans", SPANS, "--folds", "3", "--min-count", "1",
            "-o", tmp.resolve("cv.model").toString(), FIXTURE);
        assertEquals(0, cv.exit(), cv.toString());
        assertEquals(List.of("token_precision", "token_recall", "token_f1", "span_precision", "span_recall", "span_f1"),
            Tables.csv(cv.out()).stream().map(x -> x.get("metric")).toList());
        assertTrue(Files.readString(tmp.resolve("cv.model")).contains("\nmetric\tspan_f1\t"));
    }

    @Test
    void theShiftTowardsSpansIsChosenAutomaticallyOrGivenAndRecordedInTheModel() throws IOException {
        Path auto = tmp.resolve("auto.model");
        Cli.Result r = Cli.run("train", "loaded", "--spans", SPANS, "--folds", "0", "--min-count", "1", "-o", auto.toString(), FIXTURE);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(auto).contains("\noption\tshift_choice\tauto\n"), Files.readString(auto).substring(0, 600));
        Path fixed = tmp.resolve("fixed.model");
        Cli.Result f = Cli.run("train", "loaded", "--spans", SPANS, "--folds", "0", "--min-count", "1", "--shift", "2.5",
            "-o", fixed.toString(), FIXTURE);
        assertEquals(0, f.exit(), f.toString());
        assertTrue(Files.readString(fixed).contains("\noption\tshift\t2.5000\n"));
        assertTrue(Files.readString(fixed).contains("\noption\tshift_choice\t2.5\n"));
        // a readier tagger marks at least the tokens a plain one marks
        Path plain = tmp.resolve("plain.model");
        assertEquals(0, Cli.run("train", "loaded", "--spans", SPANS, "--folds", "0", "--min-count", "1", "--shift", "0",
            "-o", plain.toString(), FIXTURE).exit());
        assertTrue(markedCodePoints(fixed) >= markedCodePoints(plain));
        for (String[] bad : List.of(new String[] {"--shift", "-1"}, new String[] {"--shift", "more"},
            new String[] {"--min-precision", "1.5"}, new String[] {"--shift", "1", "--min-precision", "0.5"})) {
            List<String> args = new java.util.ArrayList<>(List.of("train", "loaded", "--spans", SPANS, "-o", tmp.resolve("x.model").toString()));
            args.addAll(List.of(bad));
            args.add(FIXTURE);
            Cli.Result e = Cli.run(args.toArray(String[]::new));
            assertEquals(2, e.exit(), e.toString());
            assertTrue(e.err().startsWith("textlens: error: --"), e.err());
        }
    }

    private static int markedCodePoints(Path m) {
        Cli.Result r = Cli.run("loaded", "--model", m.toString(), FIXTURE);
        assertEquals(0, r.exit(), r.toString());
        return Tables.csv(r.out()).stream().mapToInt(x -> Integer.parseInt(x.get("end")) - Integer.parseInt(x.get("start"))).sum();
    }

    private static String spanError(String content) throws IOException {
        Path spans = tmp.resolve("bad.tsv");
        Files.writeString(spans, content, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("train", "loaded", "--spans", spans.toString(), "-o", tmp.resolve("bad.model").toString(), FIXTURE);
        assertEquals(1, r.exit(), r.toString());
        assertFalse(Files.exists(tmp.resolve("bad.model")));
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        return lines[0].replace(spans.toString(), "bad.tsv");
    }

    @Test
    void eachSpanFileProblemIsOneErrorLineWithFileAndLine() throws IOException {
        String a = FIXTURE + "/a.txt";
        assertEquals("textlens: error: bad.tsv:2: unknown doc_id 'spans/a.txt': no input document has this id (use the ids textlens "
            + "reports for the inputs, e.g. '" + a + "')", spanError(a + "\t0\t3\nspans/a.txt\t0\t3\n"));
        assertEquals("textlens: error: bad.tsv:1: span 150-999 runs past the end of '" + a + "' (199 code points) (offsets are code "
            + "points, end exclusive; check that the file matches these documents)", spanError(a + "\t150\t999\n"));
        assertEquals("textlens: error: bad.tsv:3: span 10-20 overlaps span 0-12 of line 1 (a tagger marks each word once: merge "
            + "overlapping spans or keep one of them)", spanError(a + "\t0\t12\n" + a + "\t30\t40\n" + a + "\t10\t20\n"));
    }

    @Test
    void findsTheSpansItWasTaught() {
        Cli.Result r = Cli.run("loaded", "--model", model.toString(), "--explain", FIXTURE);
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        List<String> terms = rows.stream().map(x -> x.get("term")).toList();
        assertTrue(terms.contains("infestation of parasites") || terms.contains("an infestation of parasites"), terms.toString());
        assertTrue(terms.stream().anyMatch(t -> t.contains("infestation of foreigners")), terms.toString());
        assertTrue(terms.stream().anyMatch(t -> t.contains("parasites and vermin")), terms.toString());
        assertFalse(terms.stream().anyMatch(t -> t.contains("museum") || t.contains("harbour") || t.contains("library")), terms.toString());
        for (CSVRecord row : rows) {
            assertFalse(row.get("explanation").isEmpty(), row.toString());
        }
        assertEquals(List.of("doc_id", "sentence", "start", "end", "term", "category", "weight", "alternative", "reason", "explanation"),
            Tables.header(r.out()));
    }

    @Test
    void aSpanWithoutALexiconEntryIsReportedUnderTheTrainedLabelWithItsDecidingFeatures() {
        Cli.Result r = Cli.runWithInput("Posters in the square called the dockers an infestation of foreigners.".getBytes(StandardCharsets.UTF_8),
            "loaded", "--model", model.toString());
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(1, rows.size(), r.out());
        CSVRecord row = rows.get(0);
        assertTrue(row.get("term").contains("infestation"), row.toString());
        if (row.get("category").equals("dehumanising")) {
            assertTrue(row.get("reason").startsWith("learned from annotations; deciding features: "), row.toString());
            assertTrue(row.get("reason").contains("infestation"), row.toString());
        }
    }

    @Test
    void threadsDoNotChangeTheOutput() {
        Cli.Result one = Cli.run("loaded", "--model", model.toString(), "--explain", "--threads", "1", FIXTURE, "testdata/news");
        Cli.Result two = Cli.run("loaded", "--model", model.toString(), "--explain", "--threads", "2", FIXTURE, "testdata/news");
        assertEquals(0, one.exit(), one.toString());
        assertEquals(one.out(), two.out());
    }

    @Test
    void optionsThatChangeTheModelsFeaturesAreRefused() {
        Cli.Result r = Cli.run("loaded", "--model", model.toString(), "--no-builtin", "--lexicon", Cli.data("loaded/newsroom.tsv"), FIXTURE);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--model reads the built-in lexicon"), r.err());
        Cli.Result explain = Cli.run("loaded", "--explain", FIXTURE);
        assertEquals(2, explain.exit(), explain.toString());
    }
}
