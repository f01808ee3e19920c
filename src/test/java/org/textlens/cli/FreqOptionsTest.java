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
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every freq option, on texts small enough to count by hand. */
class FreqOptionsTest {
    private static final byte[] TEXT = ("The talks resumed. Talks on security guarantees stalled, and the talks' future is unclear.\n"
        + "Security guarantees matter: the US-backed plan (worth $2.5 billion in 2024) offers security guarantees.\n")
        .getBytes(StandardCharsets.UTF_8);

    private static Map<String, Long> counts(String... args) {
        Cli.Result r = Cli.runWithInput(TEXT, args);
        assertEquals(0, r.exit(), r.toString());
        return Tables.counts(r.out());
    }

    @Test
    void caseFoldIsTheDefaultAndKeepKeepsIt() {
        assertEquals(3, counts("freq").get("talks"));
        Map<String, Long> kept = counts("freq", "--case", "keep");
        assertEquals(2, kept.get("talks"));
        assertEquals(1, kept.get("Talks"));
        assertEquals(1, kept.get("Security"));
        assertEquals(2, kept.get("security"));
    }

    @Test
    void apostrophesAndHyphensStayInsideWords() {
        Map<String, Long> c = counts("freq");
        assertEquals(1, c.get("us-backed"));
        assertFalse(c.containsKey("backed"));
        // "talks'" with a trailing apostrophe is the word talks followed by punctuation
        assertEquals(3, c.get("talks"));
    }

    @Test
    void curlyAndStraightApostrophesAreOneForm() {
        Cli.Result r = Cli.runWithInput("Ukraine\u2019s aid and Ukraine's army".getBytes(StandardCharsets.UTF_8), "freq");
        assertEquals(2, Tables.counts(r.out()).get("ukraine's"));
    }

    @Test
    void numbersAreSkippedUnlessAsked() {
        assertFalse(counts("freq").containsKey("2024"));
        Map<String, Long> c = counts("freq", "--numbers");
        assertEquals(1, c.get("2024"));
        assertEquals(1, c.get("2.5"));
    }

    @Test
    void punctuationIsNeverCounted() {
        Map<String, Long> c = counts("freq", "--stopwords", "none", "--numbers");
        c.keySet().forEach(term -> assertTrue(term.codePoints().anyMatch(Character::isLetterOrDigit), term));
    }

    @Test
    void ngramsDoNotCrossPunctuationOrStartWithStopWords() {
        Map<String, Long> c = counts("freq", "--ngram", "2");
        assertEquals(3, c.get("security guarantees"));
        assertEquals(1, c.get("guarantees matter"));
        assertFalse(counts("freq", "--ngram", "2", "--stopwords", "none").containsKey("matter the"), "a colon separates them");
        assertFalse(c.containsKey("stalled and"), "ends with a stop word");
        assertFalse(c.containsKey("resumed talks"), "a sentence boundary separates them");
        Map<String, Long> tri = counts("freq", "--ngram", "3", "--stopwords", "none");
        assertEquals(1, tri.get("talks on security"));
    }

    @Test
    void ngramRangeCountsAllLengths() {
        Map<String, Long> c = counts("freq", "--ngram", "1-2");
        assertEquals(3, c.get("talks"));
        assertEquals(3, c.get("security guarantees"));
    }

    @Test
    void stopWordsInsideAnNgramAreKept() {
        Cli.Result r = Cli.runWithInput("The Secretary of State spoke. The secretary of state left.".getBytes(StandardCharsets.UTF_8),
            "freq", "--ngram", "3");
        assertEquals(2, Tables.counts(r.out()).get("secretary of state"));
    }

    @Test
    void stemAndLemma() {
        assertEquals(3, counts("freq", "--stem").get("talk"));
        assertEquals(3, counts("freq", "--stem").get("secur"));
        Map<String, Long> lemmas = counts("freq", "--lemma");
        assertEquals(3, lemmas.get("guarantee"));
        assertEquals(3, lemmas.get("talk"));
        assertFalse(lemmas.containsKey("talks"));
    }

    @Test
    void stopWordFile(@TempDir Path dir) throws IOException {
        Path stops = Files.writeString(dir.resolve("stops.txt"), "# my list\nsecurity\nguarantees\n");
        Map<String, Long> c = counts("freq", "--stopwords", stops.toString());
        assertFalse(c.containsKey("security"));
        assertEquals(3, c.get("the"), "only my words are stop words");
    }

    @Test
    void minCountMinLengthAndTop() {
        Map<String, Long> c = counts("freq", "--min-count", "3");
        assertEquals(Map.of("talks", 3L, "security", 3L, "guarantees", 3L), c);
        assertFalse(counts("freq", "--min-length", "4").containsKey("us"));
        Cli.Result r = Cli.runWithInput(TEXT, "freq", "--top", "2");
        assertEquals(2, Tables.csv(r.out()).size());
    }

    @Test
    void equalCountsShareARankAndSortByTerm() {
        List<CSVRecord> rows = Tables.csv(Cli.runWithInput(TEXT, "freq").out());
        assertEquals(List.of("guarantees", "security", "talks"), rows.subList(0, 3).stream().map(r -> r.get("term")).toList());
        assertEquals(List.of("1", "1", "1", "4"), rows.subList(0, 4).stream().map(r -> r.get("rank")).toList());
    }

    @Test
    void perTenThousandUsesRunningWords() {
        // 26 running words (numbers excluded); talks 3 -> 3 * 10000 / 26
        CSVRecord talks = Tables.row(Cli.runWithInput(TEXT, "freq").out(), "term", "talks").orElseThrow();
        assertEquals("1153.8462", talks.get("per_10k"));
    }

    @Test
    void posFilterKeepsOnlyTheGivenTags() {
        Map<String, Long> c = counts("freq", "--pos", "NOUN");
        assertTrue(c.containsKey("guarantees"), c.toString());
        assertFalse(c.containsKey("resumed"), "a verb");
        assertFalse(c.containsKey("unclear"), "an adjective");
    }

    @Test
    void opennlpTokenizerSplitsClitics() {
        Map<String, Long> c = counts("freq", "--tokenizer", "opennlp", "--stopwords", "none");
        assertEquals(3, c.get("talks"));
        assertTrue(c.containsKey("security"));
    }

    @Test
    void byDocGivesOneRowPerDocumentAndTerm() {
        Cli.Result r = Cli.run("freq", "--by-doc", "--top", "1", "testdata/news");
        assertEquals(List.of("doc_id", "term", "count", "per_10k"), Tables.header(r.out()));
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(6, rows.size());
        assertEquals("testdata/news/01-ceasefire-talks.txt", rows.get(0).get("doc_id"));
        assertEquals("talks", rows.get(0).get("term"));
    }

    @Test
    void docsAndTfidf() {
        Cli.Result r = Cli.run("freq", "--tfidf", "testdata/news");
        assertEquals(List.of("rank", "term", "count", "per_10k", "docs", "tfidf"), Tables.header(r.out()));
        CSVRecord talks = Tables.row(r.out(), "term", "talks").orElseThrow();
        long docs = Long.parseLong(talks.get("docs"));
        long count = Long.parseLong(talks.get("count"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", count * Math.log10(6.0 / docs)), talks.get("tfidf"));
        CSVRecord said = Tables.row(r.out(), "term", "said").orElseThrow();
        assertEquals("6", said.get("docs"));
        assertEquals("0.0000", said.get("tfidf"), "a term in every document carries no weight");
    }

    @Test
    void byDocTfidfUsesCorpusDocumentFrequency() {
        Cli.Result r = Cli.run("freq", "--by-doc", "--tfidf", "testdata/news");
        CSVRecord said = Tables.row(r.out(), "term", "said").orElseThrow();
        assertEquals("0.0000", said.get("tfidf"));
    }

    @Test
    void outputIsIdenticalForAnyThreadCount() {
        String one = Cli.run("freq", "--ngram", "1-2", "--threads", "1", "testdata/news", "testdata/reference").out();
        String four = Cli.run("freq", "--ngram", "1-2", "--threads", "4", "testdata/news", "testdata/reference").out();
        assertEquals(one, four);
        String byDoc1 = Cli.run("freq", "--by-doc", "--threads", "1", "testdata/news").out();
        String byDoc3 = Cli.run("freq", "--by-doc", "--threads", "3", "testdata/news").out();
        assertEquals(byDoc1, byDoc3);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, Cli.run("freq", "--ngram", "3-1", "testdata/news").exit());
        assertEquals(2, Cli.run("freq", "--stem", "--lemma", "testdata/news").exit());
        assertEquals(2, Cli.run("freq", "--pos", "NOUNS", "testdata/news").exit());
        assertEquals(2, Cli.run("freq", "--case", "upper", "testdata/news").exit());
        assertEquals(2, Cli.run("freq", "--format", "xml", "testdata/news").exit());
        Cli.Result r = Cli.run("freq", "--by-doc", "--reference", "testdata/reference", "testdata/news");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("textlens: error: "), r.err());
    }
}
