package org.textlens.report.chart;

import java.util.List;

/**
 * A chart: drawn on any {@link Canvas}, with the text a reader without sight of it needs (a title,
 * a one-sentence description, and the data as a table).
 */
public interface Chart {
    String title();

    /** What the chart shows, in a sentence: the SVG's {@code <desc>} and the figure's caption. */
    String description();

    DataTable data();

    double width();

    double height();

    void draw(Canvas canvas);

    /** The chart's data as rows of text: the report shows it as a table under the chart. */
    record DataTable(List<String> headers, List<List<String>> rows) {
        public DataTable {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** One entry of a legend. */
    record LegendItem(String label, String color) {
    }
}
