package org.textlens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

/** The faster detector must give exactly the spans of OpenNLP's own SentenceDetectorME. */
class ModelSentenceDetectorTest {
    private final ModelSentenceDetector fast = new ModelSentenceDetector(EnglishModels.sentences());
    private final ModelSentenceDetector stringFeatures = new ModelSentenceDetector(EnglishModels.sentences(), false);
    private final SentenceDetectorME library = new SentenceDetectorME(EnglishModels.sentences());

    private int assertSameOn(String text) {
        String expected = SentenceDetectorComparison.spans(library::sentPosDetect, text);
        assertEquals(expected, SentenceDetectorComparison.spans(fast::sentPosDetect, text), () -> "spans differ on: " + text);
        assertEquals(expected, SentenceDetectorComparison.spans(stringFeatures::sentPosDetect, text), () -> "spans differ on: " + text);
        return expected.split(",").length;
    }

    @Test
    void trickySentencesSplitAsTheLibrarySplitsThem() {
        // the model itself ends a sentence inside "$2.5 billion"; ByModel joins such pieces later
        List<String> texts = List.of(
            "",
            "   ",
            "\u00A0Leading no-break space. Then more.\u00A0",
            "No end punctuation at all",
            "The deal is worth $2.5 billion. Shares rose 3.75% on Friday! Why? Nobody knows...",
            "The U.S. and the U.K. signed it. Mr. J. R. R. Tolkien wrote it. Dr. Smith agreed.",
            "\"Stop!\" she said. 'Really?' he asked.\u201D Then: \u201CYes.\u201D (It ended.) [Done.]",
            "Wait... what?! No!!! Yes?? Fine.",
            "See https://example.com/a.b?c=d. Mail a.b@example.org. Version 2.0.1 is out.",
            "Smile \uD83D\uDE00. Then \uD83C\uDDFA\uD83C\uDDE6 flags. \u041A\u0438\u0457\u0432 today. \u6771\u4EAC\u3002 Done.",
            "Ends with a dot.",
            ".",
            "...",
            "?!",
            "a. b. c. d.",
            "e.g. this, i.e. that. etc. And so on.",
            "At 5 p.m. on Jan. 3, 2024, Gen. Smith left. He returned at 6 a.m.",
            "Line one.\nLine two.\r\nLine three.\tTabbed. Done .  Spaced .",
            "No. 1 seed. No. 2 seed.",
            "It costs 3.5 .5 5. dollars.");
        for (String t : texts) {
            assertSameOn(t);
        }
        assertEquals("[0-22, 23-31, 32-60, 61-65, 66-81]", SentenceDetectorComparison.spans(fast::sentPosDetect,
            "The deal is worth $2.5 billion. Shares rose 3.75% on Friday! Why? Nobody knows..."));
    }

    @Test
    void everyTestdataTextAndParagraphSplitsAsTheLibrarySplitsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertSameOn(text);
            for (String line : text.split("\n")) {
                assertSameOn(line);
                for (int[] p : Paragraphs.split(line)) {
                    assertSameOn(line.substring(p[0], p[1]));
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    /** Every candidate of every text: the features must be the library generator's, in its order. */
    private static int assertSameContexts(String text) {
        opennlp.tools.sentdetect.SDContextGenerator libraryContexts = EnglishModels.sentences().getFactory().getSDContextGenerator();
        SentenceContexts contexts = new SentenceContexts(EnglishModels.sentences().getFactory().getEOSCharacters());
        char[] chars = text.toCharArray();
        int candidates = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '.' || chars[i] == '!' || chars[i] == '?') {
                int at = i;
                assertEquals(List.of(libraryContexts.getContext(text, i)), List.of(contexts.context(chars, i)),
                    () -> "features differ at " + at + " of: " + text);
                // the same text as a paragraph inside a longer array
                char[] padded = ("a." + text + " B").toCharArray();
                assertEquals(List.of(libraryContexts.getContext(text, i)), List.of(contexts.context(padded, 2, 2 + chars.length, i + 2)),
                    () -> "features differ at " + at + " of the paragraph: " + text);
                candidates++;
            }
        }
        return candidates;
    }

    @Test
    void contextFeaturesAreTheLibraryGeneratorsAtEveryCandidate() throws IOException {
        int candidates = 0;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                candidates += assertSameContexts(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        String[] pieces = {".", "!", "?", " ", "  ", "\u00A0", "\u2003", "\n", "\r", "\t", "a", "Ab", "U.S.", "Mr.", "3.5", "\"", "'",
            "\u201D", ")", "(", "...", "\uD83D\uDE00", "x", "The", "e.g.", "\u2026", "?!", "-", "\u00C9t\u00E9", "\u0001"};
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            candidates += assertSameContexts(b.toString());
        }
        assertTrue(candidates > 50_000, "candidates " + candidates);
    }

    /** The primitive table must give the model's own best outcome for any features, known or not. */
    @Test
    void theParameterTableDecidesAsTheModelAtEveryCandidate() throws IOException {
        opennlp.tools.ml.model.MaxentModel model = EnglishModels.sentences().getMaxentModel();
        MaxentTable table = MaxentTable.of(model);
        assertTrue(table != null, "the English sentence model is a GIS model");
        SentenceContexts contexts = new SentenceContexts(EnglishModels.sentences().getFactory().getEOSCharacters());
        int decisions = 0;
        int splits = 0;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                char[] chars = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    if (chars[i] == '.' || chars[i] == '!' || chars[i] == '?') {
                        String expected = model.getBestOutcome(model.eval(contexts.context(chars, i)));
                        table.begin();
                        contexts.features(chars, 0, chars.length, i, (prefix, s, from, to) ->
                            table.add(prefix.chars(), s, from, to, MaxentTable.hash(prefix.hash(), s, from, to)));
                        assertEquals(expected, model.getOutcome(table.best()), "at " + i + " of " + f);
                        decisions++;
                        splits += expected.equals(SentenceDetectorME.SPLIT) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(decisions > 3000 && splits > 500 && splits < decisions, decisions + " decisions, " + splits + " splits");
        // features the model has never seen add nothing, as in the model
        table.begin();
        assertEquals(model.getBestOutcome(model.eval(new String[] {"x=zzqqxx", "unknown"})), model.getOutcome(table.best()));
    }

    @Test
    void randomTextsOfPunctuationSpacesAndLettersSplitAsTheLibrarySplitsThem() {
        String[] pieces = {".", "!", "?", " ", "  ", "\u00A0", "\n", "\t", "a", "Ab", "U.S.", "Mr.", "3.5", "\"", "'",
            "\u201D", ")", "(", "...", "\uD83D\uDE00", "x", "The", "e.g.", "\u2026", "?!", "-"};
        Random random = new Random(20261129);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameOn(b.toString());
        }
    }
}
