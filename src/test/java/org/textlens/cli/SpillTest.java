package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What grows with the corpus goes to disk past a memory budget, and the output does not change:
 * the same run with a budget of a few kilobytes (hundreds of sorted runs, merged in rounds) and
 * with the default must print the same bytes.
 */
class SpillTest {
    private static Cli.Result withBudget(long bytes, String... args) {
        System.setProperty("textlens.memory.budget", Long.toString(bytes));
        try {
            return Cli.run(args);
        } finally {
            System.clearProperty("textlens.memory.budget");
        }
    }

    /** Documents of random words from a vocabulary of 5,000, so that the terms outnumber a tiny budget many times. */
    static Path randomCorpus(Path dir, int documents) throws IOException {
        Random random = new Random(17);
        StringBuilder jsonl = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                int n = random.nextInt(5000);
                text.append(w == 0 ? "" : " ").append("w").append(Integer.toString(n, 36));
            }
            jsonl.append("{\"id\":\"d").append(d).append("\",\"text\":\"").append(text).append(".\"}\n");
        }
        Path f = dir.resolve("random.jsonl");
        Files.writeString(f, jsonl, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void tfidfByDocSpilledIsByteIdenticalToTfidfInMemory(@TempDir Path dir) throws IOException {
        String corpus = randomCorpus(dir, 400).toString();
        for (String[] args : new String[][] {
            {"freq", "--by-doc", "--tfidf", Cli.data("news")},
            {"freq", "--by-doc", "--tfidf", "--ngram", "1-2", "--top", "5", "--format", "jsonl", Cli.data("news")},
            {"freq", "--by-doc", "--tfidf", "--input-format", "jsonl", corpus}}) {
            Cli.Result memory = Cli.run(args);
            Cli.Result disk = withBudget(4096, args);
            assertEquals(0, disk.exit(), disk.err());
            assertTrue(memory.out().lines().count() > 20, memory.toString());
            assertEquals(memory.out(), disk.out(), String.join(" ", args));
        }
    }

    /**
     * Issue 17: the word-form cache of each worker is bounded by the budget and emptied when full
     * (a vocabulary of 636,000 random words filled a 256 MB heap). Emptying it mid-run must not
     * change a count, whether the forms share a term (case, stems, lemmas) or the terms are counted
     * over the whole corpus.
     */
    @Test
    void emptyingTheWordFormCacheChangesNoCount(@TempDir Path dir) throws IOException {
        Random random = new Random(5);
        StringBuilder jsonl = new StringBuilder();
        String[] endings = {"", "s", "ed", "ing", "ly"};
        for (int d = 0; d < 300; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 50; w++) {
                String word = "w" + Integer.toString(random.nextInt(3000), 36) + endings[random.nextInt(endings.length)];
                word = switch (random.nextInt(4)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> word;
                };
                text.append(w == 0 ? "" : " ").append(word);
            }
            jsonl.append("{\"id\":\"d").append(d).append("\",\"text\":\"").append(text).append(".\"}\n");
        }
        String corpus = Files.writeString(dir.resolve("forms.jsonl"), jsonl).toString();
        for (String[] args : new String[][] {
            {"freq", "--by-doc", "--tfidf", "--lemma", "--input-format", "jsonl", corpus},
            {"freq", "--by-doc", "--stem", "--case", "keep", "--ngram", "1-2", "--input-format", "jsonl", corpus},
            {"freq", "--tfidf", "--case", "keep", "--ngram", "1-3", "--input-format", "jsonl", corpus},
            {"freq", "--lemma", "--threads", "3", "--input-format", "jsonl", corpus}}) {
            Cli.Result memory = Cli.run(args);
            Cli.Result small = withBudget(4096, args);
            assertEquals(0, small.exit(), small.err());
            assertTrue(memory.out().lines().count() > 1000, memory.toString());
            assertEquals(memory.out(), small.out(), String.join(" ", args));
        }
    }

    @Test
    void tfidfByDocMatchesTheGoldenFileWhenSpilled() throws IOException {
        Cli.Result disk = withBudget(2048, "freq", "--by-doc", "--tfidf", "testdata/news");
        assertEquals(Files.readString(Cli.TESTDATA.resolve("golden/freq-news-bydoc-tfidf.csv")), disk.out());
    }

    @Test
    void theSortedTimelineSpilledIsByteIdenticalInEveryFormat(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("dated.jsonl");
        StringBuilder jsonl = new StringBuilder();
        String[] months = {"January", "March", "May", "July", "September", "November"};
        for (int d = 0; d < 150; d++) {
            jsonl.append("{\"id\":\"d").append(d % 40).append("\",\"date\":\"2024-0").append(1 + d % 9).append("-1").append(d % 10)
                .append("\",\"text\":\"Talks began on ").append(months[d % 6]).append(' ').append(1 + d % 28).append(", 20").append(10 + d % 15)
                .append(" and ended last week. Another round is due in ").append(months[(d + 3) % 6]).append(". The vote was on Monday.\"}\n");
        }
        Files.writeString(corpus, jsonl);
        for (String format : new String[] {"csv", "tsv", "json", "jsonl"}) {
            String[] args = {"timeline", "--format", format, "--input-format", "jsonl", corpus.toString()};
            Cli.Result memory = Cli.run(args);
            Cli.Result disk = withBudget(8192, args);
            assertEquals(0, disk.exit(), disk.err());
            assertTrue(memory.out().lines().count() > 300, memory.toString());
            assertEquals(memory.out(), disk.out(), format);
        }
        Cli.Result golden = withBudget(2048, "timeline", "--date", "2024-03-15", "testdata/news");
        assertEquals(Files.readString(Cli.TESTDATA.resolve("golden/timeline-news.csv")), golden.out());
    }
}
