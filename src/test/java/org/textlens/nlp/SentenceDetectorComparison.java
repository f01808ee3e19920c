package org.textlens.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Offline check that {@link ModelSentenceDetector} equals {@link SentenceDetectorME} on large
 * inputs: every line of each file argument (a folder: every file below it) is split into
 * paragraphs as the annotator does, and both detectors' spans are compared. Prints the counts and
 * each difference; exits 1 on any difference.
 * <pre>java -cp target/test-classes:target/textlens.jar org.textlens.nlp.SentenceDetectorComparison FILE|DIR...</pre>
 */
public final class SentenceDetectorComparison {
    private SentenceDetectorComparison() {
    }

    /** Spans as "start-end" or the class of the exception thrown, so that failures compare too. */
    public static String spans(Function<String, Span[]> detector, String text) {
        try {
            return Arrays.stream(detector.apply(text)).map(s -> s.getStart() + "-" + s.getEnd()).toList().toString();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    public static void main(String[] args) throws IOException {
        ModelSentenceDetector fast = new ModelSentenceDetector(EnglishModels.sentences());
        SentenceDetectorME library = new SentenceDetectorME(EnglishModels.sentences());
        long documents = 0;
        long paragraphs = 0;
        long differences = 0;
        for (String arg : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        documents++;
                        for (int[] p : Paragraphs.split(line)) {
                            String paragraph = line.substring(p[0], p[1]);
                            paragraphs++;
                            String expected = spans(library::sentPosDetect, paragraph);
                            String actual = spans(fast::sentPosDetect, paragraph);
                            if (!expected.equals(actual)) {
                                differences++;
                                System.out.println("DIFF " + f + ": " + expected + " vs " + actual + ": " + paragraph);
                            }
                        }
                    }
                } catch (java.nio.charset.MalformedInputException e) {
                    System.out.println("skipped (not UTF-8): " + f);
                }
            }
        }
        System.out.printf("documents (lines) %d, paragraphs %d, differences %d%n", documents, paragraphs, differences);
        System.exit(differences == 0 ? 0 : 1);
    }
}
