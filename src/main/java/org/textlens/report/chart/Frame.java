package org.textlens.report.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The parts every chart shares: a title, a legend, a plot area inside margins, and axes with
 * ticks, grid lines and labels. Coordinates: {@code x(v)}/{@code y(v)} map data to pixels.
 */
final class Frame {
    static final double FONT = 12;
    static final double TITLE_FONT = 15;
    static final double CHAR_WIDTH = 0.62;  // average glyph width of DejaVu Sans and Verdana, in ems

    final double width;
    final double height;
    final double left;
    final double top;
    final double right;
    final double bottom;

    Frame(double width, double height, double left, double top, double right, double bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    double plotLeft() {
        return left;
    }

    double plotRight() {
        return width - right;
    }

    double plotTop() {
        return top;
    }

    double plotBottom() {
        return height - bottom;
    }

    static double textWidth(String s, double size) {
        return s.codePointCount(0, s.length()) * size * CHAR_WIDTH;
    }

    /** Shortens {@code s} to fit {@code pixels} at the axis font, with an ellipsis. */
    static String fit(String s, double pixels) {
        int max = (int) Math.max(3, pixels / (FONT * CHAR_WIDTH));
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    void title(Canvas c, String title) {
        c.text(12, 22, title, Canvas.Anchor.START, TITLE_FONT, true, 0, Palette.INK);
    }

    /** Legend entries in one row, right-aligned under the title: a swatch, then its label. */
    void legend(Canvas c, List<Chart.LegendItem> items) {
        double x = width - 12;
        for (int i = items.size() - 1; i >= 0; i--) {
            Chart.LegendItem item = items.get(i);
            x -= textWidth(item.label(), FONT);
            c.text(x, 42, item.label(), Canvas.Anchor.START, FONT, false, 0, Palette.INK);
            c.swatch(x - 17, 32, 12, 12, item.color());
            x -= 17 + 16;
        }
    }

    /** A vertical value axis at the plot's left with horizontal grid lines. */
    void yAxis(Canvas c, List<Double> ticks, DoubleFunction<Double> y, String label, DoubleFunction<String> format) {
        for (double t : ticks) {
            double py = y.apply(t);
            c.line(plotLeft(), py, plotRight(), py, t == 0 ? Palette.GREY : Palette.GRID, 1, false);
            c.text(plotLeft() - 6, py + 4, format.apply(t), Canvas.Anchor.END, FONT, false, 0, Palette.INK);
        }
        c.line(plotLeft(), plotTop(), plotLeft(), plotBottom(), Palette.GREY, 1, false);
        double mid = (plotTop() + plotBottom()) / 2;
        c.text(16, mid, label, Canvas.Anchor.MIDDLE, FONT, false, -90, Palette.INK);
    }

    /** A horizontal axis at the plot's bottom with ticks at {@code positions} and its label below. */
    void xAxis(Canvas c, List<Double> positions, List<String> labels, String label) {
        c.line(plotLeft(), plotBottom(), plotRight(), plotBottom(), Palette.GREY, 1, false);
        for (int i = 0; i < positions.size(); i++) {
            double px = positions.get(i);
            c.line(px, plotBottom(), px, plotBottom() + 5, Palette.GREY, 1, false);
            if (!labels.get(i).isEmpty()) {
                c.text(px, plotBottom() + 18, labels.get(i), Canvas.Anchor.MIDDLE, FONT, false, 0, Palette.INK);
            }
        }
        c.text((plotLeft() + plotRight()) / 2, height - 8, label, Canvas.Anchor.MIDDLE, FONT, false, 0, Palette.INK);
    }

}
