package org.textlens.report.chart;

/**
 * What a chart draws on: a few primitives in pixel coordinates, origin at the top left. One
 * chart drawn on {@link SvgCanvas} becomes inline SVG for the report and for {@code --plot FILE.svg};
 * drawn on {@link PngCanvas} it becomes a PNG. Data marks carry a tooltip, which the SVG keeps as a
 * {@code <title>} so a reader hovering over a bar or point sees its value.
 */
public interface Canvas {
    enum Anchor { START, MIDDLE, END }

    /** A data mark: a bar. */
    void bar(double x, double y, double width, double height, String fill, String tooltip);

    /** A data mark: a point. */
    void point(double cx, double cy, double r, String fill, String tooltip);

    /** A data line through the points, in order. */
    void polyline(double[] xs, double[] ys, String stroke, double width, String tooltip);

    /** Axes, grid lines, ticks. */
    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    /** A filled swatch for legends (not a data mark). */
    void swatch(double x, double y, double width, double height, String fill);

    /** Text; {@code y} is the baseline; {@code rotate} in degrees around (x, y). */
    void text(double x, double y, String text, Anchor anchor, double size, boolean bold, double rotate, String fill);
}
