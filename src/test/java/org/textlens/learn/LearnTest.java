package org.textlens.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnTest {
    private static final String[] GOOD = {"great", "fine", "love", "win", "happy"};
    private static final String[] BAD = {"awful", "bad", "hate", "lose", "sad"};

    /** Small synthetic data: two or three words from one list, one neutral word. */
    static List<Labelled> labelled() {
        List<Labelled> data = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean good = i % 3 != 0;
            String[] words = good ? GOOD : BAD;
            Features f = new Features().lemma(words[i % 5]).lemma(words[(i * 7) % 5]).lemma("the");
            f.valence("lex", good ? 1.5 : -2);
            data.add(new Labelled(f.build(), good ? "positive" : "negative"));
        }
        return data;
    }

    static List<Scored> scored() {
        List<Scored> data = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean good = i % 3 != 0;
            String[] words = good ? GOOD : BAD;
            Features f = new Features().lemma(words[i % 5]).lemma(words[(i * 3) % 5]);
            data.add(new Scored(f.build(), good ? 1 + (i % 4) * 0.5 : -2 - (i % 2)));
        }
        return data;
    }

    @Test
    void featuresAreSortedAndAddUp() {
        FeatureVector v = new Features().lemma("b").lemma("a").lemma("b").valence("vader", -2.1).build();
        assertEquals(3, v.size());
        assertEquals("lemma=a", v.name(0));
        assertEquals(2.0, v.get("lemma=b"));
        assertEquals(-2.1, v.get("vader"));
        assertEquals("pos=NOUN", new Features().pos("NOUN").build().name(0));
        assertEquals("neg:lemma=good", new Features().negated("lemma=good", 1).build().name(0));
        assertEquals("2gram=slam door", new Features().ngram(List.of("slam", "door")).build().name(0));
        assertEquals("position=last", new Features().position(4, 5).build().name(0));
        assertEquals("position=first", new Features().position(0, 1).build().name(0));
    }

    @Test
    void negationScopeStopsAtPunctuation() {
        boolean[] in = NegationScope.of(List.of("not", "very", "good", ",", "but", "fine"), java.util.Set.of("not"), 3);
        assertArrayEquals(new boolean[] {false, true, true, false, false, false}, in);
    }

    @Test
    void labelModelLearnsAndExplainsExactly() {
        LabelModel m = LabelModel.train(labelled(), TrainingOptions.labels());
        assertEquals(List.of("negative", "positive"), m.labels());
        assertEquals("positive", m.positive());
        FeatureVector x = new Features().lemma("love").lemma("the").valence("lex", 1.5).build();
        LabelPrediction p = m.predict(x);
        assertEquals("positive", p.label());
        assertTrue(p.score() > 0);
        assertEquals(p.score(), p.explanation().score());
        assertEquals(p.score(), p.explanation().sum());
        LabelPrediction n = m.predict(new Features().lemma("hate").valence("lex", -2).build());
        assertEquals("negative", n.label());
        assertTrue(n.score() < 0);
        assertTrue(n.explanation().format(2).contains("lemma=hate:-"), n.explanation().format(2));
    }

    @Test
    void multiClassPicksTheBestColumn() {
        List<Labelled> data = new ArrayList<>();
        String[] labels = {"a", "b", "c"};
        for (int i = 0; i < 90; i++) {
            String label = labels[i % 3];
            data.add(new Labelled(new Features().lemma("w" + label).lemma("x" + (i % 5)).build(), label));
        }
        LabelModel m = LabelModel.train(data, TrainingOptions.labels());
        for (String label : labels) {
            LabelPrediction p = m.predict(new Features().lemma("w" + label).build());
            assertEquals(label, p.label());
            assertEquals(p.score(), p.explanation().sum());
        }
    }

    @Test
    void scoreModelFitsAndExplains() {
        ScoreModel m = ScoreModel.train(scored(), TrainingOptions.scores());
        ScorePrediction p = m.predict(new Features().lemma("love").lemma("great").build());
        assertTrue(p.score() > 0.5, "score " + p.score());
        assertEquals(p.score(), p.explanation().sum());
        assertTrue(m.score(new Features().lemma("hate").build()) < 0);
    }

    @Test
    void trainingTwiceGivesTheSameBytesAndReadingBackPredictsTheSame() {
        byte[] a = file(LabelModel.train(labelled(), TrainingOptions.labels()).linear()).toBytes();
        byte[] b = file(LabelModel.train(labelled(), TrainingOptions.labels()).linear()).toBytes();
        assertArrayEquals(a, b);
        ModelFile read = ModelFile.parse(a, "m", "test");
        assertArrayEquals(a, read.toBytes());
        LabelModel back = new LabelModel(read.part("model"));
        FeatureVector x = new Features().lemma("win").lemma("sad").build();
        assertEquals(new LabelModel(LabelModel.train(labelled(), TrainingOptions.labels()).linear()).predict(x), back.predict(x));
        assertEquals("0.9000", read.provenance().metrics().get("macro_f1"));
    }

    @Test
    void readingRefusesOtherKindsVersionsAndDamage() {
        byte[] ok = file(LabelModel.train(labelled(), TrainingOptions.labels()).linear()).toBytes();
        ModelException kind = assertThrows(ModelException.class, () -> ModelFile.parse(ok, "m.model", "frames"));
        assertEquals("m.model: this is a test model, not a frames model (use it with 'textlens test', or train one with "
            + "'textlens train frames')", kind.describe());
        String text = new String(ok, StandardCharsets.UTF_8);
        byte[] v2 = text.replaceFirst("textlens-model\t1", "textlens-model\t2").getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(ModelException.class, () -> ModelFile.parse(v2, "m", "test")).getMessage().contains("format 2"));
        byte[] changed = text.replace("lemma=love\t", "lemma=lovf\t").getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(ModelException.class, () -> ModelFile.parse(changed, "m", "test")).getMessage().contains("checksum"));
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length / 2);
        assertTrue(assertThrows(ModelException.class, () -> ModelFile.parse(cut, "m", "test")).getMessage().contains("cut short"));
        byte[] junk = "hello\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("m: not a textlens model file (give a file made by 'textlens train test')",
            assertThrows(ModelException.class, () -> ModelFile.parse(junk, "m", "test")).describe());
    }

    @Test
    void foldsAreDeterministicAndBalanced() {
        int[] a = Folds.assign(103, 5);
        assertArrayEquals(a, Folds.assign(103, 5));
        int[] sizes = new int[5];
        for (int f : a) {
            sizes[f]++;
        }
        for (int s : sizes) {
            assertTrue(s == 20 || s == 21);
        }
        int[] g = Folds.byGroup(List.of("d1", "d1", "d2", "d3", "d2"), 2);
        assertEquals(g[0], g[1]);
        assertEquals(g[2], g[4]);
    }

    @Test
    void crossValidationPredictsEveryInstanceOnce() {
        List<Labelled> data = labelled();
        List<String> predicted = CrossValidation.predict(data, Folds.assign(data.size(), 5),
            d -> LabelModel.train(d, TrainingOptions.labels()), (m, x) -> m.label(x.features()));
        ClassMetrics metrics = ClassMetrics.of(data.stream().map(Labelled::label).toList(), predicted);
        assertEquals(60, metrics.count());
        assertTrue(metrics.macroF1() > 0.9, "macro-F1 " + metrics.macroF1());
    }

    @Test
    void metrics() {
        ClassMetrics m = ClassMetrics.of(List.of("a", "a", "b", "b"), List.of("a", "b", "b", "b"));
        assertEquals(1.0, m.get("a").precision());
        assertEquals(0.5, m.get("a").recall());
        assertEquals(2.0 / 3, m.get("a").f1(), 1e-12);
        assertEquals(0.8, m.get("b").f1(), 1e-12);
        assertEquals((2.0 / 3 + 0.8) / 2, m.macroF1(), 1e-12);
        assertEquals(0.75, m.accuracy());
        assertEquals(1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
        assertEquals(-1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        SpanMetrics s = SpanMetrics.of(List.of(List.of(new TokenSpan(1, 3, "L"))), List.of(List.of(new TokenSpan(2, 3, "L"))), List.of(5));
        assertEquals(1.0, s.tokenPrecision());
        assertEquals(0.5, s.tokenRecall());
        assertEquals(0.0, s.spanF1());
    }

    @Test
    void spanModelTagsWellFormedSpans() {
        List<TokenSequence> data = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> words = List.of("the", "very", "evil", "regime", "said", "w" + (i % 7));
            List<FeatureVector> tokens = new ArrayList<>();
            words.forEach(w -> tokens.add(new Features().lemma(w).build()));
            data.add(new TokenSequence(SpanModel.window(tokens, 1), Bio.tags(6, List.of(new TokenSpan(1, 4, "loaded")))));
        }
        SpanModel m = SpanModel.train(data, TrainingOptions.labels());
        List<FeatureVector> tokens = new ArrayList<>();
        List.of("a", "very", "evil", "regime", "ran").forEach(w -> tokens.add(new Features().lemma(w).build()));
        List<FeatureVector> x = SpanModel.window(tokens, 1);
        assertEquals(List.of(new TokenSpan(1, 4, "loaded")), m.spans(x));
        Explanation e = m.explain(x.get(2), "I-loaded");
        assertEquals(e.score(), e.sum());
        assertEquals(List.of(new TokenSpan(0, 2, "X"), new TokenSpan(3, 4, "X")), Bio.spans(List.of("B-X", "I-X", "O", "I-X")));
    }

    @Test
    void aShiftTowardsSpansLowersTheOutsideScoreAndIsChosenByInnerCrossValidation() {
        // "grim" is inside a span one time in three: a plain logistic tagger never marks it (probability
        // 1/3 < 1/2), though marking it everywhere has the better F1 (0.5 against 0); a shift buys it
        List<List<TokenSequence>> docs = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            List<TokenSequence> doc = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<String> words = List.of("the", "grim", "news", "w" + ((d + i) % 5));
                List<FeatureVector> tokens = new ArrayList<>();
                words.forEach(w -> tokens.add(new Features().lemma(w).build()));
                boolean marked = (d * 4 + i) % 3 == 0;
                doc.add(new TokenSequence(SpanModel.window(tokens, 1), Bio.tags(4, marked ? List.of(new TokenSpan(1, 2, "loaded")) : List.of())));
            }
            docs.add(doc);
        }
        TrainingOptions options = TrainingOptions.labels().withC(0.05);
        SpanModel plain = SpanModel.train(docs.stream().flatMap(List::stream).toList(), options);
        FeatureVector grim = docs.get(0).get(1).tokens().get(1);
        int o = plain.tags().indexOf(Bio.OUTSIDE);
        SpanModel shifted = plain.favouringSpans(1.5);
        assertEquals(plain.scores(grim)[o] - 1.5, shifted.scores(grim)[o], 1e-6);
        assertArrayEquals(shifted.scores(grim), plain.favouringSpans(plain.scores(grim), 1.5), 1e-6);
        Explanation e = shifted.explain(grim, Bio.OUTSIDE);
        assertEquals(e.score(), e.sum());

        assertEquals(List.of(), plain.spans(docs.get(0).get(1).tokens()));
        SpanThreshold.Tuned tuned = SpanThreshold.train(docs, options, 3, 0);
        assertTrue(tuned.shift() > 0, "shift " + tuned.shift());
        assertEquals(List.of(new TokenSpan(1, 2, "loaded")), tuned.model().spans(docs.get(0).get(1).tokens()));
        assertEquals(tuned.shift(), SpanThreshold.train(docs, options, 3, 0).shift(), "deterministic");
        assertEquals(0.0, SpanThreshold.Choice.fixed(0).fit(docs, options).shift());
        assertThrows(IllegalArgumentException.class, () -> SpanThreshold.Choice.fixed(-1));
    }

    private static ModelFile file(LinearModel m) {
        return ModelFile.single(Provenance.of("test", "abc", TrainingOptions.labels().describe(), Map.of("macro_f1", Provenance.metric(0.9))), m);
    }
}
