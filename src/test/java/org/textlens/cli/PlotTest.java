package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sentiment --plot}: one chart beside the rows. */
class PlotTest {
    @TempDir
    Path dir;

    @Test
    void oneDocumentGivesItsArcAndTheRowsAreUnchanged() throws IOException {
        Path svg = dir.resolve("arc.svg");
        Cli.Result r = Cli.run("sentiment", "--plot", svg.toString(), Cli.data("news/02-flood-relief.txt"));
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Cli.run("sentiment", Cli.data("news/02-flood-relief.txt")).out(), r.out());
        String chart = Files.readString(svg);
        assertTrue(chart.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(chart.contains("<title id=\"chart-t\">Sentiment arc</title>"));
        assertEquals(13, chart.split("<circle class=\"mark\"", -1).length - 1, "a point per sentence");
        assertTrue(chart.contains("<title>sentence 0: positive, compound 0.1828</title>"), "the figure sentiment gives");
    }

    @Test
    void datedDocumentsGiveSentimentOverTimeAsPng() throws IOException {
        Path png = dir.resolve("time.png");
        Cli.Result r = Cli.run("sentiment", "--summary", "--plot", png.toString(), "--input-format", "jsonl", "--text-field", "body",
            "--date-field", "published", Cli.data("corpus.jsonl"));
        assertEquals(0, r.exit(), r.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        Path svg = dir.resolve("time.svg");
        Cli.run("sentiment", "--plot", svg.toString(), "--input-format", "jsonl", "--text-field", "body", "--date-field", "published",
            Cli.data("corpus.jsonl"));
        assertTrue(Files.readString(svg).contains("Sentiment over publication date"));
    }

    @Test
    void undatedDocumentsGiveTheDistribution() throws IOException {
        Path svg = dir.resolve("h.svg");
        assertEquals(0, Cli.run("sentiment", "--plot", svg.toString(), Cli.data("news")).exit());
        assertTrue(Files.readString(svg).contains("Documents by mean sentiment"));
    }

    @Test
    void timelinePlotsTheDatedMentionsAsItsGroupByCountsThem() throws IOException {
        Path svg = dir.resolve("timeline.svg");
        Cli.Result r = Cli.run("timeline", "--plot", svg.toString(), "--date", "2023-07-18", Cli.seed());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Cli.run("timeline", "--date", "2023-07-18", Cli.seed()).out(), r.out(), "the rows are unchanged");
        String chart = Files.readString(svg);
        assertTrue(chart.contains("<title id=\"chart-t\">Dated mentions by year</title>"), chart);
        assertTrue(chart.contains("<title>2023: 2 mentions in 1 document"), "as timeline --group-by year: 2023 has 2 mentions");
        Path png = dir.resolve("t.png");
        assertEquals(0, Cli.run("timeline", "--group-by", "month", "--plot", png.toString(), "--input-format", "jsonl", "--text-field", "body",
            "--date-field", "published", Cli.data("corpus.jsonl")).exit());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(png), 4));
        assertEquals(2, Cli.run("timeline", "--plot", dir.resolve("x.gif").toString(), Cli.seed()).exit());
    }

    @Test
    void badPlots() {
        assertEquals(2, Cli.run("sentiment", "--plot", dir.resolve("x.pdf").toString(), Cli.data("news")).exit());
        assertEquals(2, Cli.run("sentiment", "--unit", "document", "--plot", dir.resolve("x.svg").toString(), Cli.data("news")).exit());
        Cli.Result r = Cli.run("sentiment", "--plot", dir.resolve("no/such/dir/x.svg").toString(), Cli.data("news"));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("x.svg: cannot write the plot: "), r.err());
        assertFalse(Files.exists(dir.resolve("no")));
    }
}
