package org.textlens.report.chart;

import java.util.List;

/**
 * Horizontal bars, one per labelled item, from zero to the item's value; negative values extend to
 * the left of a zero line (keyness: under-used terms). Bars are listed top to bottom in the given order.
 */
public final class BarChart extends FramedChart {
    /** One bar; {@code tooltip} is what a hover shows. */
    public record Bar(String label, double value, String color, String tooltip) {
    }

    private static final double ROW = 20;
    private static final double WIDTH = 760;

    private final String valueAxis;
    private final List<Bar> bars;
    private final List<LegendItem> legend;

    /**
     * @param valueAxis the value axis label, with its unit, e.g. "occurrences per 10,000 words"
     */
    public BarChart(String title, String description, String valueAxis, List<Bar> bars, List<LegendItem> legend, DataTable data) {
        super(title, description, data, frame(bars, legend));
        this.valueAxis = valueAxis;
        this.bars = List.copyOf(bars);
        this.legend = List.copyOf(legend);
    }

    /** Room on the left for the longest label, a row per bar. */
    private static Frame frame(List<Bar> bars, List<LegendItem> legend) {
        double labels = bars.stream().mapToDouble(b -> Frame.textWidth(b.label(), Frame.FONT)).max().orElse(40);
        double left = Math.min(300, Math.max(60, labels + 14));
        double top = legend.isEmpty() ? 38 : 56;
        return new Frame(WIDTH, top + Math.max(1, bars.size()) * ROW + 52, left, top, 24, 52);
    }


    @Override
    public void draw(Canvas c) {
        frame.title(c, title());
        frame.legend(c, legend);
        double min = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElse(0));
        double max = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElse(1));
        boolean counts = bars.stream().allMatch(b -> b.value() == Math.rint(b.value()));
        List<Double> ticks = counts ? Ticks.integers(min, max, 6) : Ticks.of(min, max, 6);
        double lo = ticks.get(0);
        double hi = ticks.get(ticks.size() - 1);
        double span = frame.plotRight() - frame.plotLeft();
        java.util.function.DoubleUnaryOperator x = v -> frame.plotLeft() + (v - lo) / (hi - lo) * span;
        for (double t : ticks) {
            double px = x.applyAsDouble(t);
            c.line(px, frame.plotTop(), px, frame.plotBottom(), t == 0 ? Palette.GREY : Palette.GRID, 1, false);
        }
        frame.xAxis(c, ticks.stream().map(x::applyAsDouble).toList(), ticks.stream().map(t -> Ticks.label(t, ticks)).toList(), valueAxis);
        double zero = x.applyAsDouble(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double rowTop = frame.plotTop() + i * ROW;
            double end = x.applyAsDouble(b.value());
            c.bar(Math.min(zero, end), rowTop + 3, Math.max(1, Math.abs(end - zero)), ROW - 6, b.color(), b.tooltip());
            c.text(frame.plotLeft() - 6, rowTop + ROW / 2 + 4, Frame.fit(b.label(), frame.plotLeft() - 10),
                Canvas.Anchor.END, Frame.FONT, false, 0, Palette.INK);
        }
    }
}
