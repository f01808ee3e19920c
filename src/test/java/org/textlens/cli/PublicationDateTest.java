package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages we wrote that state their publication date in each of the ways the web does, alone and
 * against each other: the most trusted statement wins (JSON-LD, article:published_time, time,
 * other meta tags, the URL path), and modification dates never count.
 */
class PublicationDateTest {
    private static final String LD = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Library hours\",\"datePublished\":\"2020-04-05T09:00:00+02:00\",\"dateModified\":\"2020-04-09\"}</script>";
    private static final String LD_GRAPH = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"datePublished\":\"2011-01-01\"},{\"@type\":[\"Article\",\"NewsArticle\"],\"datePublished\":\"2020-04-06\"}]}</script>";
    private static final String OG = "<meta property=\"article:published_time\" content=\"2020-05-06T23:10:00Z\">";
    private static final String MODIFIED = "<meta property=\"article:modified_time\" content=\"2022-12-12\">";
    private static final String TIME = "<time datetime=\"2020-06-07T08:00\">7 June 2020</time>";
    private static final String UPDATED_TIME = "<time class=\"updated\" datetime=\"2022-12-12\">12 December 2022</time>";
    private static final String META_DATE = "<meta name=\"date\" content=\"2020-07-08\">";
    private static final String DC = "<meta name=\"DC.date.issued\" content=\"2020-08-09\">";
    private static final String ITEMPROP = "<meta itemprop=\"datePublished\" content=\"2020-09-10\">";
    private static final String PARSELY = "<meta name=\"parsely-pub-date\" content=\"2020-10-11T12:00:00Z\">";
    private static final String CANONICAL_DATED = "<link rel=\"canonical\" href=\"https://news.example/2020/11/12/library-hours\">";
    private static final String CANONICAL_COMPACT = "<link rel=\"canonical\" href=\"https://news.example/news/20201213-library-hours.html\">";
    private static final String BROKEN_LD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":</script>";

    @TempDir
    Path dir;

    static Stream<Arguments> pages() {
        return Stream.of(
            Arguments.of("json-ld", LD, "", "2020-04-05"),
            Arguments.of("json-ld @graph, the article's date", LD_GRAPH, "", "2020-04-06"),
            Arguments.of("article:published_time", OG + MODIFIED, "", "2020-05-06"),
            Arguments.of("time element", "", TIME, "2020-06-07"),
            Arguments.of("time element, not the updated one", "", UPDATED_TIME + TIME, "2020-06-07"),
            Arguments.of("meta date", META_DATE, "", "2020-07-08"),
            Arguments.of("Dublin Core", DC, "", "2020-08-09"),
            Arguments.of("itemprop meta", ITEMPROP, "", "2020-09-10"),
            Arguments.of("parse.ly", PARSELY, "", "2020-10-11"),
            Arguments.of("URL path", CANONICAL_DATED, "", "2020-11-12"),
            Arguments.of("URL path, compact", CANONICAL_COMPACT, "", "2020-12-13"),
            Arguments.of("broken JSON-LD is passed over", BROKEN_LD + META_DATE, "", "2020-07-08"),
            Arguments.of("json-ld over everything", LD + OG + META_DATE + CANONICAL_DATED, TIME, "2020-04-05"),
            Arguments.of("article:published_time over time", OG + META_DATE + CANONICAL_DATED, TIME, "2020-05-06"),
            Arguments.of("time over other meta tags", META_DATE + DC + CANONICAL_DATED, TIME, "2020-06-07"),
            Arguments.of("meta tags over the URL", DC + CANONICAL_DATED, "", "2020-08-09"),
            Arguments.of("a modification date alone is no publication date", MODIFIED, UPDATED_TIME, ""),
            Arguments.of("no date at all", "", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theMostTrustedStatementWins(String name, String head, String byline, String expected) throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, WebFixtures.page(head, "<div class=\"dateline\">" + byline + "</div>" + WebFixtures.BODY), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("extract", "--input-format", "html", page.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(expected, Tables.csv(r.out()).get(0).get("date"), name);
    }
}
