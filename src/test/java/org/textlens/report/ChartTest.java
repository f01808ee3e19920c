package org.textlens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;
import org.textlens.report.chart.PngCanvas;
import org.textlens.report.chart.SvgCanvas;
import org.textlens.report.chart.XyChart;

class ChartTest {
    private static final Chart BARS = new BarChart("Top <terms>", "Two terms & their rates.", "per 10,000 words",
        List.of(new BarChart.Bar("said", 185.8, Palette.BLUE, "said: 27"), new BarChart.Bar("year", -68.8, Palette.VERMILLION, "year: 10")),
        List.of(new Chart.LegendItem("over", Palette.BLUE)), new Chart.DataTable(List.of("term"), List.of(List.of("said"))));

    @Test
    void svgIsLabelledForAssistiveTechnologyAndEscaped() {
        String svg = SvgCanvas.render(BARS, "c1", false);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""), svg);
        assertTrue(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assertTrue(svg.contains("<title id=\"c1-t\">Top &lt;terms&gt;</title>"));
        assertTrue(svg.contains("<desc id=\"c1-d\">Two terms &amp; their rates.</desc>"));
        assertEquals(2, svg.split("<rect class=\"mark\"", -1).length - 1, "one bar per value");
        assertTrue(svg.contains("<title>said: 27</title>"), "a bar's value on hover");
        assertTrue(svg.contains(">per 10,000 words</text>"), "the axis label with its unit");
        assertTrue(svg.contains(">over</text>"), "the legend");
    }

    @Test
    void aNegativeBarGrowsLeftOfZero() {
        String svg = SvgCanvas.render(BARS, "c", false);
        String said = svg.substring(svg.indexOf("<rect class=\"mark\""));
        String year = said.substring(said.indexOf("<rect class=\"mark\"", 5));
        double saidX = Double.parseDouble(said.replaceAll("(?s)^<rect class=\"mark\" x=\"([^\"]+)\".*", "$1"));
        double yearX = Double.parseDouble(year.replaceAll("(?s)^<rect class=\"mark\" x=\"([^\"]+)\".*", "$1"));
        assertTrue(yearX < saidX, "the negative bar starts left of the positive one, at the zero line");
    }

    @Test
    void pngIsAPicture() throws IOException {
        Chart xy = new XyChart("Arc", "Three sentences.", "sentence", XyChart.XKind.INTEGER, "compound", Optional.of(new double[] {-1, 1}),
            List.of(new XyChart.Series("compound", Palette.GREY, new double[] {0, 1, 2}, new double[] {0.5, -0.2, 0.9}, true, true,
                List.of("a", "b", "c"))), new Chart.DataTable(List.of(), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngCanvas.render(xy, out);
        byte[] png = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertTrue(png.length > 5000, "a drawn chart, not a blank image: " + png.length);
    }
}
