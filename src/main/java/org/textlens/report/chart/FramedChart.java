package org.textlens.report.chart;

/** What every chart of ours holds: its title, description and data table, and the frame it is drawn in. */
abstract class FramedChart implements Chart {
    private final String title;
    private final String description;
    private final DataTable data;
    final Frame frame;

    FramedChart(String title, String description, DataTable data, Frame frame) {
        this.title = title;
        this.description = description;
        this.data = data;
        this.frame = frame;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final DataTable data() {
        return data;
    }

    @Override
    public final double width() {
        return frame.width;
    }

    @Override
    public final double height() {
        return frame.height;
    }
}
