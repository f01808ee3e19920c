package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --model} in the Spark job, with models trained on {@code testdata/} in the test: the
 * rows are the CLI's byte for byte, the model reaches the executors as shipped bytes, and the
 * executors' caches are keyed by the content of models and lexicons, not their file names.
 */
class ModelsTest extends SparkHarness {
    private static final String[] JSONL = {"--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};

    static Path sentimentModel;
    static Path framesModel;
    static Path loadedModel;

    @BeforeAll
    static void train() throws IOException {
        sentimentModel = shared.resolve("ratings.model");
        Run s = cli("train", "sentiment", "--input-format", "jsonl", "--label-field", "rating", "--label-range", "-4,4", "--folds", "0",
            "-o", sentimentModel.toString(), data("learn/sentiment-ratings.jsonl"));
        assertEquals(0, s.exit(), s.err());
        framesModel = shared.resolve("frames.model");
        Run f = cli("train", "frames", "--input-format", "tsv", "--id-field", "ID", "--label-fields", "CON=conflict,ECO", "--folds", "0",
            "--min-count", "1", "-o", framesModel.toString(), data("learn/frames.tsv"));
        assertEquals(0, f.exit(), f.err());
        loadedModel = shared.resolve("spans.model");
        Path spans = shared.resolve("spans.tsv"); // the spans name documents by the ids the root project's tests give them
        Files.writeString(spans, Files.readString(Path.of(data("loaded/spans/spans.tsv"))).replace("testdata/", TESTDATA + "/"));
        Run l = cli("train", "loaded", "--spans", spans.toString(), "--folds", "0", "--c", "10", "--min-count", "1",
            "--balanced", "-o", loadedModel.toString(), data("loaded/spans/docs"));
        assertEquals(0, l.exit(), l.err());
    }

    private static String[] jsonl(String... options) {
        return concat(options, JSONL);
    }

    @Test
    void sentimentWithALearnedModel() throws IOException {
        String lexicon = same("csv", new String[] {"sentiment"}, data("news"));
        String learned = same("csv", new String[] {"sentiment", "--model", sentimentModel.toString()}, data("news"));
        assertNotEquals(lexicon, learned, "the model scores, not the lexicon");
        same("csv", new String[] {"sentiment", "--model", sentimentModel.toString(), "--explain", "--thresholds", "-0.2,0.2"}, data("news"));
        same("jsonl", new String[] {"sentiment", "--model", "builtin", "--unit", "document"}, data("news"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        same("csv", jsonl("sentiment", "--model", sentimentModel.toString(), "--summary"), corpusJsonl.toString());
    }

    @Test
    void framesWithALearnedModel() throws IOException {
        String rows = same("csv", new String[] {"frames", "--level", "document", "--model", framesModel.toString(), "--explain", "--primary"},
            data("news"));
        assertTrue(rows.lines().findFirst().orElseThrow().endsWith(",evidence"), rows.substring(0, 200));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        same("csv", jsonl("frames", "--level", "document", "--model", "builtin"), corpusJsonl.toString());
    }

    @Test
    void loadedWithALearnedModelSpeakersAndExplanations() throws IOException {
        String spans = same("csv", new String[] {"loaded", "--model", loadedModel.toString(), "--explain", "--context"}, data("loaded/spans/docs"));
        assertTrue(spans.startsWith("doc_id,sentence,start,end,term,category,weight,alternative,reason,explanation,context\n") && spans.contains("hit-weight:"), spans);
        same("csv", new String[] {"loaded", "--speakers", "--context"}, data("news"));
        spark.conf().set("spark.textlens.maxSplitBytes", "48k");
        same("csv", jsonl("loaded", "--model", loadedModel.toString(), "--skip-repeats", "--speakers"), corpusJsonl.toString());
    }

    @Test
    void aModelOfAnotherCommandIsTheClisUsageError() {
        Run job = job("sentiment", "--model", framesModel.toString(), "--input", data("news"), "--output", tmp.resolve("x").toString());
        Run cli = cli("sentiment", "--model", framesModel.toString(), data("news"));
        assertEquals(2, cli.exit());
        assertEquals(cli.exit(), job.exit(), job.err());
        assertEquals(cli.err(), job.err());
    }

    @Test
    void executorCachesKnowFilesByContentNotName() throws IOException {
        // two runs in one session, each with a lexicon called desk.tsv, and a different model under one name
        Path first = Files.createDirectories(tmp.resolve("a")).resolve("desk.tsv");
        Path second = Files.createDirectories(tmp.resolve("b")).resolve("desk.tsv");
        Files.writeString(first, "term\tcategory\tweight\talternative\treason\nrelief\temotive\t0.9\twater\ttest entry\n");
        Files.writeString(second, "term\tcategory\tweight\talternative\treason\nrelief\tlabel\t0.7\taid\tother entry\n");
        String a = same("csv", new String[] {"loaded", "--lexicon", first.toString()}, data("news"));
        String b = same("csv", new String[] {"loaded", "--lexicon", second.toString()}, data("news"));
        assertTrue(a.contains(",relief,emotive,0.90,water,test entry\n") && !b.contains("test entry"), a);
        assertTrue(b.contains(",relief,label,0.70,aid,other entry\n"), b);
        Path model = tmp.resolve("same-name.model");
        Files.copy(sentimentModel, model);
        String one = same("csv", new String[] {"sentiment", "--model", model.toString()}, data("news"));
        Run other = cli("train", "sentiment", "--input-format", "jsonl", "--label-field", "rating", "--label-range", "-4,4", "--folds", "0",
            "--c", "0.01", "-o", model.toString(), data("learn/sentiment-ratings.jsonl"));
        assertEquals(0, other.exit(), other.err());
        String two = same("csv", new String[] {"sentiment", "--model", model.toString()}, data("news"));
        assertNotEquals(one, two, "the second model's scores, not the first's");
    }
}
