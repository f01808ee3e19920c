package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's two steps: {@code report --write-data DIR} writes the corpus's figures as CSV files,
 * {@code report --from-data DIR} draws the report from them alone, and its corpus views are the
 * ones of the report drawn from the corpus, byte for byte.
 */
class ReportDataTest {
    private static final String[] DATED = {"--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};

    @TempDir
    Path dir;

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private Cli.Result ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), "a clean run is quiet");
        return r;
    }

    /** The page between the contents and the document list: every corpus view. */
    static String corpusViews(String html) {
        int from = html.indexOf("<main>");
        int documents = html.indexOf("<section id=\"documents\"");
        int to = documents >= 0 ? documents : html.indexOf("</main>");
        return html.substring(from, to);
    }

    static String summaryLine(String html) {
        return html.substring(html.indexOf("<p class=\"summary\">"), html.indexOf("</p>", html.indexOf("<p class=\"summary\">")));
    }

    static Map<String, String> folder(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** Writes the figures and the report in one run, draws the report from the figures, and compares the two. */
    private Map<String, String> sameViews(String[] options, String... inputs) throws IOException {
        Path data = dir.resolve("data-" + System.nanoTime());
        Path direct = dir.resolve("direct.html");
        ok(concat(concat(concat(new String[] {"report", "--write-data", data.toString(), "-o", direct.toString()}, options), inputs)));
        Path drawn = dir.resolve("drawn.html");
        ok("report", "--from-data", data.toString(), "-o", drawn.toString());
        String a = Files.readString(direct);
        String b = Files.readString(drawn);
        assertEquals(corpusViews(a), corpusViews(b));
        assertEquals(summaryLine(a), summaryLine(b));
        assertTrue(b.contains("The document list and each document&#39;s view need the texts"), "the page says what it leaves out");
        assertFalse(b.contains("<article class=\"doc\""));
        assertFalse(b.contains("href=\"#documents\""), "no link to a list that is not there");
        // the figures alone, without -o, are the same files
        Path only = dir.resolve("only-" + System.nanoTime());
        Cli.Result quiet = ok(concat(concat(concat(new String[] {"report", "--write-data", only.toString()}, options), inputs)));
        assertEquals("", quiet.out(), "no HTML without -o");
        assertEquals(folder(data), folder(only));
        return folder(data);
    }

    @Test
    void textFilesWithoutDates() throws IOException {
        Map<String, String> files = sameViews(new String[] {"--top", "10"}, Cli.data("news"));
        assertEquals(List.of("frames.csv", "keyness.csv", "loaded-categories.csv", "loaded-terms.csv", "portrayal.csv", "sentiment-dates.csv",
            "sentiment-histogram.csv", "sentiment-labels.csv", "speakers.csv", "summary.csv", "terms.csv", "timeline.csv"),
            List.copyOf(files.keySet()));
        List<String> freq = Tables.csv(Cli.run("freq", "--top", "10", Cli.data("news")).out()).stream()
            .map(r -> r.get("rank") + "," + r.get("term") + "," + r.get("count") + "," + r.get("docs")).toList();
        assertEquals(freq, files.get("terms.csv").lines().skip(1).toList(), "top terms as freq ranks and counts them");
        assertTrue(files.get("summary.csv").startsWith("name,value\nformat,textlens report data 1\n"), files.get("summary.csv"));
        assertTrue(files.get("summary.csv").contains("\ndocuments,6\n"));
        assertEquals("date,documents,mean_sum\n", files.get("sentiment-dates.csv"), "no dates");
        long sentences = Tables.csv(Cli.run("sentiment", Cli.data("news")).out()).size();
        long labelled = files.get("sentiment-labels.csv").lines().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.indexOf(',') + 1))).sum();
        assertEquals(sentences, labelled, "every sentence counted once");
    }

    @Test
    void datedDocumentsAndSentimentByDate() throws IOException {
        Map<String, String> files = sameViews(DATED, Cli.data("corpus.jsonl"));
        List<CSVRecord> dates = Tables.csv(files.get("sentiment-dates.csv"));
        assertEquals(6, dates.stream().mapToLong(r -> Long.parseLong(r.get("documents"))).sum());
        List<CSVRecord> summary = Tables.csv(Cli.run(concat(concat(new String[] {"sentiment", "--summary"}, DATED), Cli.data("corpus.jsonl"))).out());
        double means = summary.stream().mapToDouble(r -> Double.parseDouble(r.get("mean"))).sum();
        double sums = dates.stream().mapToDouble(r -> Double.parseDouble(r.get("mean_sum"))).sum();
        assertEquals(means, sums, 1e-3, "the dates' sums are the documents' means added up");
        assertFalse(files.get("timeline.csv").lines().skip(1).toList().isEmpty(), "dated mentions");
    }

    @Test
    void keynessAgainstAReference() throws IOException {
        Map<String, String> files = sameViews(new String[] {"--reference", Cli.data("reference"), "--scheme", "policy"}, Cli.data("news"));
        assertTrue(files.get("keyness.csv").lines().count() > 2, files.get("keyness.csv"));
        assertTrue(files.get("summary.csv").contains("\nscheme,policy\n"));
    }

    @Test
    void anEmptyCorpus() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));
        Map<String, String> files = sameViews(new String[0], dir.resolve("nothing").toString());
        assertTrue(files.get("summary.csv").contains("\ndocuments,0\n"));
    }

    @Test
    void usageAndDataErrors() throws IOException {
        Path data = dir.resolve("data");
        ok("report", "--write-data", data.toString(), Cli.data("news"));
        assertEquals(2, Cli.run("report", "--from-data", data.toString(), Cli.data("news")).exit(), "figures or a corpus, not both");
        assertEquals(2, Cli.run("report", "--from-data", data.toString(), "--top", "5").exit(), "--top is fixed with the figures");
        assertEquals(2, Cli.run("report", "--from-data", data.toString(), "--write-data", dir.resolve("x").toString()).exit());
        Files.delete(data.resolve("frames.csv"));
        Cli.Result missing = Cli.run("report", "--from-data", data.toString(), "-o", dir.resolve("r.html").toString());
        assertEquals(1, missing.exit());
        assertEquals("textlens: error: " + data.resolve("frames.csv") + ": no such file in the report data folder "
            + "(give the folder that 'textlens report --write-data' or the Spark job's report wrote)\n", missing.err());
        assertFalse(Files.exists(dir.resolve("r.html")));
        Cli.Result notData = Cli.run("report", "--write-data", Cli.data("news"), Cli.data("news"));
        assertEquals(1, notData.exit(), "a folder of other files is never replaced");
        assertTrue(Files.exists(Path.of(Cli.data("news"), "01-ceasefire-talks.txt")), "testdata untouched");
    }
}
