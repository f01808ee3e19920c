package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium and checks the DOM the browser built (after our script ran):
 * every section, the marks on the text with their attributes, charts with data in them, no
 * blocked fetch or script error, and hostile text shown as text. Skips only where Chromium is not
 * installed; under CI (which installs it) a missing browser fails the test.
 */
class BrowserReportTest {
    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        String given = System.getenv("TEXTLENS_CHROMIUM");
        for (String candidate : given != null ? List.of(given) : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
                return;
            }
        }
        if (System.getenv("CI") != null) {
            fail("chromium is not installed, and CI must run the browser test (.ci/run installs the Debian package chromium)");
        }
        Assumptions.abort("chromium is not installed: skipping the browser test (apt-get install chromium; .ci/run does it)");
    }

    /** What Chromium made of a page: its DOM after scripts ran, and its log. */
    private record Rendered(String dom, String log) {
    }

    private Rendered open(Path html) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path dom = dir.resolve("dom-" + System.nanoTime() + ".html");
        Path log = dir.resolve("log-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
            "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString())
            .redirectOutput(dom.toFile()).redirectError(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path report(String... args) {
        Path out = dir.resolve("report-" + System.nanoTime() + ".html");
        List<String> all = new ArrayList<>(List.of("report", "-o", out.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        return out;
    }

    private static List<String> figures(String dom, String kind) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<figure [^>]*data-chart=\"" + kind + "\"[^>]*>(.*?)</figure>", Pattern.DOTALL).matcher(dom);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void assertCharts(String dom, List<String> kinds) {
        for (String kind : kinds) {
            List<String> charts = figures(dom, kind);
            assertFalse(charts.isEmpty(), "a " + kind + " chart");
            for (String chart : charts) {
                assertTrue(chart.contains("<svg") && chart.contains("role=\"img\""), kind + " is an accessible SVG");
                assertTrue(count(chart, "class=\"mark[ \"]") > 0, kind + " has data marks");
                assertTrue(chart.contains("<figcaption>"), kind + " has a caption");
            }
        }
    }

    private static void assertClean(Rendered page) {
        assertFalse(page.log().contains("Content Security Policy"), "nothing was blocked: " + page.log());
        assertFalse(page.log().contains("Uncaught"), "no script error: " + page.log());
    }

    @Test
    void theReportOfTheDatedTestCorpusRendersWithEverySectionChartAndMark() throws Exception {
        Rendered page = open(report("--input-format", "jsonl", "--text-field", "body", "--date-field", "published", Cli.data("corpus.jsonl")));
        String dom = page.dom();
        assertClean(page);
        for (String section : List.of("terms", "sentiment", "loaded", "frames", "quotes", "portrayal", "timeline", "documents")) {
            assertTrue(dom.contains("data-section=\"" + section + "\""), "section " + section);
        }
        assertCharts(dom, List.of("top-terms", "sentiment-labels", "sentiment-time", "sentiment-arc"));
        assertEquals(6, figures(dom, "sentiment-arc").size(), "one arc per document");
        assertEquals(6, count(dom, "<article class=\"doc\""));
        int sentences = count(dom, "<span class=\"s s-(pos|neu|neg)\" data-sentence=\"\\d+\" data-label=\"(positive|neutral|negative)\" "
            + "data-compound=\"-?\\d\\.\\d{4}\" title=\"sentence \\d+: ");
        assertEquals(76, sentences, "every sentence tinted, with its label, compound and hover text");
        assertTrue(count(dom, "<th [^>]*><button type=\"button\">") >= 6, "the page's script ran and made the list sortable");
        assertCharts(dom, List.of("loaded-categories", "loaded-terms", "frame-shares", "frame-scores", "speakers"));
        assertTrue(count(dom, "<span class=\"quote\" data-speaker=\"[^\"]*\" data-verb=\"[^\"]*\" data-kind=\"(direct|indirect)\" title=\"") > 0,
            "statements marked with speaker, verb and kind");
        assertTrue(count(dom, "<span class=\"speaker\" data-speaker=\"[^\"]+\">") > 0, "speakers marked");
        assertCharts(dom, List.of("portrayal"));
        assertTrue(count(dom, "<span class=\"target target-(neg|neu|pos)\" data-entity=\"[^\"]+\" data-label=\"(negative|neutral|positive)\" "
            + "data-score=\"-?\\d\\.\\d{4}\" title=\"[^\"]+: (negative|neutral|positive) \\(") > 0, "targets marked with entity, label, score");
        assertCharts(dom, List.of("timeline"));
        assertTrue(count(dom, "<span class=\"timex\" data-type=\"(DATE|TIME|DURATION|SET)\" data-value=\"[^\"]+\"") > 0,
            "temporal expressions marked with their value");
        assertTrue(count(dom, "<mark class=\"loaded\" data-category=\"[a-z-]+\" data-weight=\"\\d\\.\\d\\d\" data-reason=\"[^\"]+\" "
            + "data-alternative=\"[^\"]*\" title=\"[a-z-]+: [^\"]+\">") > 0, "loaded terms highlighted with category, reason, alternative");
    }

    @Test
    void theSeedArticlesLoadedTermsAreHighlighted() throws Exception {
        Rendered page = open(report("--date", "2023-07-18", Cli.seed()));
        assertClean(page);
        for (String term : List.of("Kiev", "Andrey Ermak", "Aleksey Reznikov", "de facto combatants", "consolation")) {
            assertTrue(page.dom().matches("(?s).*<mark class=\"loaded\" [^>]*>(<span [^>]*>)?" + Pattern.quote(term) + "(</span>)?</mark>.*"),
                term + " (a speaker's name is also marked as the speaker)");
        }
    }

    @Test
    void theReportOfTheNewsFolderWithAReferenceHasKeyness() throws Exception {
        Rendered page = open(report("--reference", Cli.data("reference"), Cli.data("news")));
        assertClean(page);
        assertCharts(page.dom(), List.of("top-terms", "keyness", "sentiment-labels", "sentiment-histogram", "sentiment-arc"));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        Path hostile = dir.resolve("hostile.txt");
        Files.writeString(hostile, "Officials said \"<script>document.title='pwned'</script>\" was <img src=x onerror=\"document.title='img'\"> "
            + "just text. It's <b>bold</b> & 'quoted'.");
        Rendered page = open(report(hostile.toString()));
        String dom = page.dom();
        assertTrue(dom.contains("<title>textlens report</title>"), "no script from the text ran");
        assertFalse(dom.contains("pwned</title>") || dom.contains("img</title>"));
        assertEquals(0, count(dom, "<img"), "no element from the text");
        assertEquals(0, count(dom, "<b>"), "no element from the text");
        String text = dom.replaceAll("<[^>]+>", "");
        assertTrue(text.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "the text shown as written");
        assertTrue(text.contains("It's &lt;b&gt;bold&lt;/b&gt; &amp; 'quoted'."));
        assertFalse(page.log().contains("Content Security Policy"), page.log());
    }
}
