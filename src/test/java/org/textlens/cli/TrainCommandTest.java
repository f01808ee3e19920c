package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textlens train} and the {@code --model} options of sentiment and frames, on testdata/learn. */
class TrainCommandTest {
    private static final String RATINGS = Cli.data("learn/sentiment-ratings.jsonl");
    private static final String CLASSES = Cli.data("learn/sentiment-classes.csv");
    private static final String FRAMES = Cli.data("learn/frames.tsv");

    @TempDir
    static Path dir;
    static Path sentimentModel;
    static Path framesModel;

    @BeforeAll
    static void train() {
        sentimentModel = dir.resolve("ratings.model");
        Cli.Result r = Cli.run("train", "sentiment", "--input-format", "jsonl", "--label-field", "rating", "--label-range", "-4,4",
            "--folds", "3", "-o", sentimentModel.toString(), RATINGS);
        assertEquals(0, r.exit(), r.toString());
        framesModel = dir.resolve("frames.model");
        Cli.Result f = Cli.run("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON=conflict,ECO",
            "--folds", "4", "--min-count", "1", "-o", framesModel.toString(), FRAMES);
        assertEquals(0, f.exit(), f.toString());
    }

    @Test
    void sentimentTrainingReportsModelAndRulesOnTheSameFolds() throws IOException {
        Path again = dir.resolve("again.model");
        Cli.Result r = Cli.run("train", "sentiment", "--input-format", "jsonl", "--label-field", "rating", "--label-range", "-4,4",
            "--folds", "3", "-o", again.toString(), RATINGS);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("system,metric,label,support,value", lines.get(0));
        assertTrue(lines.get(1).startsWith("model,pearson_r,,45,"), r.out());
        assertTrue(lines.get(2).startsWith("rules,pearson_r,,45,"), r.out());
        assertTrue(Double.parseDouble(lines.get(1).split(",")[4]) > 0.5, r.out());
        assertArrayEquals(Files.readAllBytes(sentimentModel), Files.readAllBytes(again), "two trainings, two different files");
        String text = Files.readString(again);
        assertTrue(text.startsWith("textlens-model\t1\nkind\tsentiment\ndata_sha256\t"), text.substring(0, 80));
        assertTrue(text.contains("\noption\tfeatures\tsentiment-features-1\n"));
        assertTrue(text.contains("\nmetric\tpearson_r\t"));
        assertTrue(text.contains("\nmetric\trules_pearson_r\t"));
    }

    @Test
    void sentimentWithModelExplainsAndTheEvidenceAddsUpToTheScore() {
        Cli.Result r = Cli.run("sentiment", "--model", sentimentModel.toString(), "--unit", "document", "--explain", "--format", "tsv",
            "--input-format", "jsonl", RATINGS);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(46, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            double compound = Double.parseDouble(f[4]);
            String[] evidence = f[10].split("; ");
            assertTrue(evidence[evidence.length - 1].startsWith("bias:"), line);
            double sum = 0;
            for (String e : evidence) {
                sum += Double.parseDouble(e.substring(e.lastIndexOf(':') + 1));
            }
            if (Math.abs(compound) < 1) {
                assertEquals(compound, sum, 0.006 * evidence.length, line);
            }
            String label = compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
            assertEquals(label, f[8], line);
        }
        assertTrue(r.out().contains("rules="), "the rules' score is a feature");
    }

    @Test
    void outputDoesNotDependOnThreads() {
        for (String[] args : List.of(
            new String[] {"sentiment", "--model", sentimentModel.toString(), "--explain", "--input-format", "jsonl", RATINGS},
            new String[] {"frames", "--model", framesModel.toString(), "--level", "document", "--explain", "--input-format", "tsv",
                "--id-field", "ID", FRAMES})) {
            Cli.Result one = Cli.run(concat(args, "--threads", "1"));
            Cli.Result four = Cli.run(concat(args, "--threads", "4"));
            assertEquals(0, one.exit(), one.toString());
            assertEquals(one.out(), four.out());
        }
    }

    @Test
    void framesModelDecidesDocumentsAndRulesTheRest() {
        Cli.Result r = Cli.run("frames", "--model", framesModel.toString(), "--level", "document", "--input-format", "tsv",
            "--id-field", "ID", FRAMES);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("doc_id,frame,score,share,present", lines.get(0));
        // the model's frames are conflict and ECO; ECO is not a frame of the scheme, so rows are the model's frames only
        assertEquals(1 + 20 * 2, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("d1,conflict,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("d1,ECO,"), lines.get(2));
        long right = 0;
        for (String line : lines.subList(1, lines.size())) {
            right += line.startsWith("d1,conflict,") && line.endsWith(",true") || line.startsWith("d2,ECO,") && line.endsWith(",true") ? 1 : 0;
        }
        assertEquals(2, right, r.out());
    }

    @Test
    void framesTrainingReportsPerFrameFigures() {
        Cli.Result r = Cli.run("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON=conflict,ECO=economic",
            "--folds", "4", "--min-count", "1", "--format", "tsv", "-o", dir.resolve("f2.model").toString(), FRAMES);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("\nmodel\tf1\tconflict\t9\t"), r.out());
        assertTrue(r.out().contains("\nmodel\tmacro_f1\t\t20\t"), r.out());
        assertTrue(r.out().contains("\nrules\tmacro_f1\t\t20\t"), r.out());
    }

    @Test
    void labelModelsReportClasses() {
        Cli.Result r = Cli.run("train", "sentiment", "--input-format", "csv", "--label-field", "stance", "--folds", "3",
            "--classes", "positive,neutral,negative", "-o", dir.resolve("classes.model").toString(), CLASSES);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("\nmodel,f1,negative,15,"), r.out());
        assertTrue(r.out().contains("\nmodel,macro_f1,,45,"), r.out());
        assertTrue(r.out().contains("\nrules,macro_f1,,45,"), r.out());
        Cli.Result s = Cli.run("sentiment", "--model", dir.resolve("classes.model").toString(), "--explain", "--input-format", "csv",
            "--text-field", "text", "--format", "jsonl", CLASSES);
        assertEquals(0, s.exit(), s.toString());
        assertTrue(s.out().lines().allMatch(l -> l.contains("bias:")), s.out());
    }

    @Test
    void shippedModelsLoadAndExplain() {
        Cli.Result s = Cli.run("sentiment", "--model", "builtin", "--unit", "document", "--explain", "--format", "jsonl", Cli.data("news"));
        assertEquals(0, s.exit(), s.toString());
        assertEquals(6, s.out().lines().count(), s.out());
        assertTrue(s.out().lines().allMatch(l -> l.contains("bias:")), s.out());
        Cli.Result f = Cli.run("frames", "--model", "builtin", "--level", "document", "--explain", Cli.data("news"));
        assertEquals(0, f.exit(), f.toString());
        List<String> lines = f.out().lines().toList();
        // six frames per document: five decided by the model, responsibility by the rules
        assertEquals(1 + 6 * 6, lines.size(), f.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",responsibility,") && l.endsWith(",rules")), f.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",conflict,") && l.contains("bias:")), f.out());
    }

    // ---- error paths

    @Test
    void aBadLabelNamesItsFileAndLine() throws IOException {
        Path bad = write("bad.jsonl", "{\"id\":\"a\",\"text\":\"Good.\",\"label\":1}\n{\"id\":\"b\",\"text\":\"Bad.\",\"label\":\"awful\"}\n");
        Cli.Result r = Cli.run("train", "sentiment", "--input-format", "jsonl", "--folds", "0", "-o", dir.resolve("x.model").toString(),
            bad.toString());
        assertEquals(1, r.exit());
        assertEquals("textlens: error: " + bad + ":2: label 'awful' is not a number, but the first record's label was a number "
            + "(labels are all scores (numbers) or all classes (words))\n", r.err());
        assertTrue(Files.notExists(dir.resolve("x.model")));

        Path range = write("range.jsonl", "{\"id\":\"a\",\"text\":\"Good.\",\"label\":1}\n{\"id\":\"b\",\"text\":\"Bad.\",\"label\":7}\n");
        Cli.Result o = Cli.run("train", "sentiment", "--input-format", "jsonl", "--label-range", "-4,4", "--folds", "0", "-o",
            dir.resolve("x.model").toString(), range.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().startsWith("textlens: error: " + range + ":2: label 7 is outside --label-range -4,4 ("), o.err());

        Cli.Result c = Cli.run("train", "sentiment", "--input-format", "csv", "--label-field", "stance", "--classes", "positive,negative",
            "-o", dir.resolve("x.model").toString(), CLASSES);
        assertEquals(1, c.exit());
        assertTrue(c.err().matches("textlens: error: .*sentiment-classes.csv:\\d+: label 'neutral' is not one of --classes "
            + "positive,negative \\(.*\\)\n"), c.err());

        Path frames = write("frames.tsv", "ID\ttext\tCON\nd1\tA fight.\ttrue\nd2\tA walk.\tmaybe\n");
        Cli.Result f = Cli.run("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON", "--folds", "0",
            "-o", dir.resolve("x.model").toString(), frames.toString());
        assertEquals(1, f.exit());
        assertEquals("textlens: error: " + frames + ":3: field 'CON' is not true or false: 'maybe' (code each frame as true/false, "
            + "1/0 or yes/no)\n", f.err());
    }

    @Test
    void anUnknownFrameNamesItsFileAndLine() {
        Cli.Result r = Cli.run("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON,MORAL", "-o",
            dir.resolve("x.model").toString(), FRAMES);
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("textlens: error: " + FRAMES + ":2: no field 'MORAL' in this record"), r.err());
    }

    @Test
    void emptyClassesAreErrors() throws IOException {
        Cli.Result r = Cli.run("train", "sentiment", "--input-format", "csv", "--label-field", "stance",
            "--classes", "positive,neutral,negative,mixed", "-o", dir.resolve("x.model").toString(), CLASSES);
        assertEquals(1, r.exit());
        assertEquals("textlens: error: " + CLASSES + ": class 'mixed' has no document (label some documents 'mixed', or leave it out "
            + "of --classes)\n", r.err());
        Path never = write("never.tsv", "ID\ttext\tCON\nd1\tA fight.\tfalse\nd2\tA walk.\tfalse\n");
        Cli.Result f = Cli.run("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON", "--folds", "0",
            "-o", dir.resolve("x.model").toString(), never.toString());
        assertEquals(1, f.exit());
        assertTrue(f.err().startsWith("textlens: error: " + never + ": frame 'CON' is false in every document;"), f.err());
        Path one = write("one.jsonl", "{\"id\":\"a\",\"text\":\"Good.\",\"label\":\"positive\"}\n");
        Cli.Result o = Cli.run("train", "sentiment", "--input-format", "jsonl", "--folds", "0", "-o", dir.resolve("x.model").toString(),
            one.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("every document has the label 'positive'; a model needs at least two classes"), o.err());
    }

    @Test
    void aModelForAnotherCommandIsAUsageError() {
        Cli.Result r = Cli.run("frames", "--model", sentimentModel.toString(), "--level", "document", Cli.data("news"));
        assertEquals(2, r.exit());
        assertEquals("textlens: error: " + sentimentModel + ": this is a sentiment model, not a frames model (use it with "
            + "'textlens sentiment', or train one with 'textlens train frames')\n", r.err());
    }

    @Test
    void aCorruptModelIsAUsageError() throws IOException {
        byte[] bytes = Files.readAllBytes(sentimentModel);
        String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\nw\t(\\S+)\t", "\nw\t$1x\t");
        Path corrupt = write("corrupt.model", text);
        Cli.Result r = Cli.run("sentiment", "--model", corrupt.toString(), Cli.data("news"));
        assertEquals(2, r.exit());
        assertEquals("textlens: error: " + corrupt + ": corrupt model file: its checksum does not match its contents "
            + "(the file was changed or damaged; train it again)\n", r.err());
        Path cut = write("cut.model", new String(bytes, StandardCharsets.UTF_8).substring(0, bytes.length / 3));
        Cli.Result c = Cli.run("sentiment", "--model", cut.toString(), Cli.data("news"));
        assertEquals(2, c.exit());
        assertTrue(c.err().contains("corrupt model file: the file is cut short"), c.err());
        Cli.Result m = Cli.run("sentiment", "--model", dir.resolve("missing.model").toString(), Cli.data("news"));
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("missing.model: no such model file"), m.err());
    }

    @Test
    void framesModelOptionsNeedDocumentLevel() {
        Cli.Result r = Cli.run("frames", "--model", framesModel.toString(), Cli.data("news"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--model works on documents"), r.err());
        Cli.Result e = Cli.run("frames", "--level", "document", "--explain", Cli.data("news"));
        assertEquals(2, e.exit());
        assertTrue(e.err().contains("--explain lists a model's evidence; add --model MODEL"), e.err());
    }

    private static Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
