package org.textlens.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical bars over ordered categories (time periods, score ranges), labelled below; when there
 * are more columns than room for their labels, only every k-th label is written.
 */
public final class ColumnChart extends FramedChart {
    /** One column; {@code tooltip} is what a hover shows. */
    public record Column(String label, double value, String tooltip) {
    }

    private static final double WIDTH = 760;
    private static final double HEIGHT = 300;

    private final String xLabel;
    private final String yLabel;
    private final List<Column> columns;
    private final String color;

    public ColumnChart(String title, String description, String xLabel, String yLabel, List<Column> columns, String color, DataTable data) {
        super(title, description, data, new Frame(WIDTH, HEIGHT, 70, 40, 24, 50));
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.columns = List.copyOf(columns);
        this.color = color;
    }


    @Override
    public void draw(Canvas c) {
        frame.title(c, title());
        double max = columns.stream().mapToDouble(Column::value).max().orElse(1);
        List<Double> ticks = Ticks.integers(0, Math.max(1, max), 5);
        double top = ticks.get(ticks.size() - 1);
        java.util.function.DoubleUnaryOperator py = v -> frame.plotBottom() - v / top * (frame.plotBottom() - frame.plotTop());
        frame.yAxis(c, ticks, py::applyAsDouble, yLabel, v -> Ticks.label(v, ticks));
        int n = Math.max(1, columns.size());
        double slot = (frame.plotRight() - frame.plotLeft()) / n;
        double widest = columns.stream().mapToDouble(col -> Frame.textWidth(col.label(), Frame.FONT)).max().orElse(10) + 10;
        int every = Math.max(1, (int) Math.ceil(widest / slot));
        List<Double> positions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            double x = frame.plotLeft() + i * slot;
            double gap = Math.min(slot * 0.2, 6);
            double y = py.applyAsDouble(col.value());
            c.bar(x + gap / 2, y, Math.max(1, slot - gap), frame.plotBottom() - y, color, col.tooltip());
            positions.add(x + slot / 2);
            labels.add(i % every == 0 ? col.label() : "");
        }
        frame.xAxis(c, positions, labels, xLabel);
    }
}
