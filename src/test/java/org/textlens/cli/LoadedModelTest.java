package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textlens.corpus.Document;
import org.textlens.engine.Runner;
import org.textlens.learn.Solver;
import org.textlens.learn.TrainingOptions;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.loaded.LoadedModel;
import org.textlens.loaded.SpanFile;
import org.textlens.loaded.SpanTraining;
import org.textlens.nlp.AnnotationRequest;

/** {@code loaded --model}: a tagger trained on a small hand-written fixture finds the spans it was taught. */
class LoadedModelTest {
    private static final String FIXTURE = "testdata/loaded/spans";

    @TempDir
    static Path tmp;
    static Path model;

    @BeforeAll
    static void train() throws IOException {
        LoadedAnalyzer analyzer = new LoadedAnalyzer(LoadedLexicon.load(true, List.of(), List.of(), Set.of()), 0);
        List<LoadedAnalyzer.TrainingDocument> docs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(FIXTURE))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        new Runner(1, new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL, AnnotationRequest.TokenizerKind.WORD, false))
            .map(sink -> files.forEach(p -> sink.accept(Document.of(FIXTURE + "/" + p.getFileName(), read(p)))),
                d -> Stream.of(analyzer.trainingDocument(d)), docs::add);
        Map<String, Integer> lengths = new HashMap<>();
        docs.forEach(d -> lengths.put(d.id(), d.length()));
        SpanTraining training = new SpanTraining(docs, SpanFile.read(Path.of(FIXTURE, "spans.tsv")).check(lengths));
        model = tmp.resolve("fixture.model");
        LoadedModel.file(training.train(new TrainingOptions(Solver.LOGISTIC, 10, 1, true)), "test", Map.of(), Map.of()).write(model);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
