package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole outputs compared byte for byte with reviewed files under testdata/golden. After an
 * intended change, regenerate with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true}
 * and review the diff. The version in JSON output is masked so a release does not churn them.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Cli.TESTDATA.resolve("golden");

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("freq-news.csv", new String[] {"freq", "testdata/news"}),
            Arguments.of("freq-news-top.json", new String[] {"freq", "--format", "json", "--top", "15", "--tfidf", "testdata/news"}),
            Arguments.of("freq-news-bigrams.tsv", new String[] {"freq", "--ngram", "2", "--min-count", "2", "--format", "tsv", "testdata/news"}),
            Arguments.of("freq-news-lemma.csv", new String[] {"freq", "--lemma", "--top", "40", "testdata/news"}),
            Arguments.of("freq-news-bydoc.jsonl", new String[] {"freq", "--by-doc", "--top", "5", "--format", "jsonl", "--input-format", "jsonl",
                "--text-field", "body", "testdata/corpus.jsonl"}),
            Arguments.of("freq-news-bydoc-tfidf.csv", new String[] {"freq", "--by-doc", "--tfidf", "testdata/news"}),
            Arguments.of("freq-corpus-bydoc-tfidf-bigrams.tsv", new String[] {"freq", "--by-doc", "--tfidf", "--ngram", "1-2", "--format", "tsv",
                "--input-format", "jsonl", "--text-field", "body", "testdata/corpus.jsonl"}),
            Arguments.of("freq-keyness.csv", new String[] {"freq", "--reference", "testdata/reference", "--top", "30", "testdata/news"}),
            Arguments.of("freq-keyness.json", new String[] {"freq", "--reference", "testdata/reference", "--ngram", "1-2", "--top", "10",
                "--format", "json", "testdata/news"}),
            Arguments.of("freq-unicode.csv", new String[] {"freq", "--stopwords", "none", "--numbers", "testdata/edge/unicode.txt"}),
            Arguments.of("sentiment-news.csv", new String[] {"sentiment", "--model", "rules", "--explain", "testdata/news"}),
            Arguments.of("sentiment-news-model.csv", new String[] {"sentiment", "--explain", "testdata/news"}),
            Arguments.of("sentiment-news-summary.json", new String[] {"sentiment", "--summary", "--format", "json", "testdata/news"}),
            Arguments.of("sentiment-corpus-document.jsonl", new String[] {"sentiment", "--unit", "document", "--format", "jsonl",
                "--input-format", "csv", "--text-field", "body", "testdata/corpus.csv"}),
            Arguments.of("sentiment-unicode.tsv", new String[] {"sentiment", "--format", "tsv", "testdata/edge/unicode.txt"}),
            Arguments.of("quotes-testdata.csv", new String[] {"quotes", "--glob", "*.txt", "testdata/quotes", "testdata/quotes-check"}),
            Arguments.of("quotes-news.json", new String[] {"quotes", "--format", "json", "testdata/news"}),
            Arguments.of("quotes-summary.csv", new String[] {"quotes", "--summary", "testdata/quotes", "testdata/news"}),
            Arguments.of("quotes-corpus.jsonl", new String[] {"quotes", "--format", "jsonl", "--input-format", "jsonl", "--text-field", "body",
                "testdata/corpus.jsonl"}),
            Arguments.of("frames-news.csv", new String[] {"frames", "testdata/news"}),
            Arguments.of("frames-news-document.json", new String[] {"frames", "--level", "document", "--primary", "--format", "json", "testdata/news"}),
            Arguments.of("frames-news-policy.csv", new String[] {"frames", "--level", "document", "--scheme", "policy", "--primary", "testdata/news"}),
            Arguments.of("loaded-sample.csv", new String[] {"loaded", "--context", "--no-builtin", "--lexicon", "testdata/loaded/newsroom.tsv",
                "testdata/loaded/sample.txt"}),
            Arguments.of("loaded-sample-summary.json", new String[] {"loaded", "--summary", "--format", "json", "--no-builtin",
                "--lexicon", "testdata/loaded/newsroom.tsv", "--lexicon", "testdata/loaded/overrides.csv", "testdata/loaded/sample.txt"}),
            Arguments.of("loaded-news-closed-classes.jsonl", new String[] {"loaded", "--format", "jsonl", "--categories",
                "exaggeration,doubt,stance-verb,presupposition", "testdata/news"}),
            Arguments.of("portrayal-outlets-explain.csv", new String[] {"portrayal", "--explain", "--input-format", "jsonl",
                "testdata/portrayal/outlets.jsonl"}),
            Arguments.of("portrayal-outlets-groups.json", new String[] {"portrayal", "--summary", "--group-field", "outlet", "--format", "json",
                "--input-format", "jsonl", "testdata/portrayal/outlets.jsonl"}),
            Arguments.of("portrayal-news-summary.tsv", new String[] {"portrayal", "--summary", "--format", "tsv", "testdata/news"}),
            Arguments.of("timeline-news.csv", new String[] {"timeline", "--date", "2024-03-15", "testdata/news"}),
            Arguments.of("timeline-news-all.json", new String[] {"timeline", "--all", "--format", "json", "--date", "2024-03-15", "testdata/news"}),
            Arguments.of("timeline-news-month.csv", new String[] {"timeline", "--group-by", "month", "--date", "2024-03-15", "testdata/news"}),
            Arguments.of("timeline-corpus.jsonl", new String[] {"timeline", "--all", "--format", "jsonl", "--input-format", "jsonl",
                "--text-field", "body", "--date", "2024-03-15", "testdata/corpus.jsonl"}),
            Arguments.of("extract-article.csv", new String[] {"extract", "--input-format", "html", "testdata/web/article.html"}),
            Arguments.of("extract-feeds.jsonl", new String[] {"extract", "--input-format", "feed", "--format", "jsonl", "testdata/web/feeds"}),
            Arguments.of("timeline-article.csv", new String[] {"timeline", "--input-format", "html", "testdata/web/article.html"}),
            Arguments.of("timeline-harbour.tml", new String[] {"timeline", "--input-format", "timeml", "--format", "timeml",
                "testdata/timeml/harbour-report.tml"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesGoldenFile(String name, String[] args) throws IOException {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.toString());
        String actual = maskVersion(r.out());
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "textlens " + String.join(" ", args));
    }

    private static String maskVersion(String out) {
        return out.replace("\"version\" : \"" + Version.current() + "\"", "\"version\" : \"VERSION\"");
    }
}
