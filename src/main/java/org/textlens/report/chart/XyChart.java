package org.textlens.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Points and lines over a numeric x axis: a sentiment arc (sentence index against compound), or
 * values over publication dates (x in epoch days, labelled as dates).
 */
public final class XyChart extends FramedChart {
    /** A data series; {@code tooltips} has one entry per point. */
    public record Series(String name, String color, double[] xs, double[] ys, boolean line, boolean points, List<String> tooltips) {
    }

    /** How the x axis reads: whole numbers (indices) or dates (values are epoch days). */
    public enum XKind { INTEGER, DATE }

    private static final double WIDTH = 760;
    private static final double HEIGHT = 300;

    private final String xLabel;
    private final XKind xKind;
    private final String yLabel;
    private final Optional<double[]> yRange;
    private final List<Series> series;

    /**
     * @param yRange fixed y limits (e.g. -1..1 for compound scores), or empty to fit the data
     */
    public XyChart(String title, String description, String xLabel, XKind xKind, String yLabel, Optional<double[]> yRange,
                   List<Series> series, DataTable data) {
        super(title, description, data, new Frame(WIDTH, HEIGHT, 70, series.size() > 1 ? 58 : 40, xKind == XKind.DATE ? 44 : 24, 50));
        this.xLabel = xLabel;
        this.xKind = xKind;
        this.yLabel = yLabel;
        this.yRange = yRange;
        this.series = List.copyOf(series);
    }


    @Override
    public void draw(Canvas c) {
        frame.title(c, title());
        if (series.size() > 1) {
            frame.legend(c, series.stream().map(s -> new LegendItem(s.name(), s.color())).toList());
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                xMin = Math.min(xMin, s.xs()[i]);
                xMax = Math.max(xMax, s.xs()[i]);
                yMin = Math.min(yMin, s.ys()[i]);
                yMax = Math.max(yMax, s.ys()[i]);
            }
        }
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
            yMin = 0;
            yMax = 1;
        }
        List<Double> yTicks = yRange.map(r -> Ticks.of(r[0], r[1], 4)).orElse(Ticks.of(Math.min(0, yMin), yMax, 5));
        List<Double> xTicks = Ticks.integers(xMin, xMax == xMin ? xMin + 1 : xMax, 8);
        double x0 = xTicks.get(0);
        double x1 = xTicks.get(xTicks.size() - 1);
        double y0 = yTicks.get(0);
        double y1 = yTicks.get(yTicks.size() - 1);
        java.util.function.DoubleUnaryOperator px = v -> frame.plotLeft() + 8 + (v - x0) / (x1 - x0) * (frame.plotRight() - frame.plotLeft() - 16);
        java.util.function.DoubleUnaryOperator py = v -> frame.plotBottom() - (v - y0) / (y1 - y0) * (frame.plotBottom() - frame.plotTop());
        frame.yAxis(c, yTicks, py::applyAsDouble, yLabel, v -> Ticks.label(v, yTicks));
        List<Double> positions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int every = xKind == XKind.DATE ? Math.max(1, (int) Math.ceil(xTicks.size() * 80 / (frame.plotRight() - frame.plotLeft()))) : 1;
        for (int i = 0; i < xTicks.size(); i++) {
            positions.add(px.applyAsDouble(xTicks.get(i)));
            labels.add(i % every != 0 ? "" : xKind == XKind.DATE ? LocalDate.ofEpochDay(xTicks.get(i).longValue()).toString()
                : Ticks.label(xTicks.get(i), xTicks));
        }
        frame.xAxis(c, positions, labels, xLabel);
        for (Series s : series) {
            int n = s.xs().length;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = px.applyAsDouble(s.xs()[i]);
                ys[i] = py.applyAsDouble(s.ys()[i]);
            }
            if (s.line() && n > 1) {
                c.polyline(xs, ys, s.color(), 2, s.name());
            }
            if (s.points()) {
                double r = n > 200 ? 2 : 3.5;
                for (int i = 0; i < n; i++) {
                    c.point(xs[i], ys[i], r, s.color(), s.tooltips().get(i));
                }
            }
        }
    }
}
