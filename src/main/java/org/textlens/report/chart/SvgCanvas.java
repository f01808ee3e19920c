package org.textlens.report.chart;

import org.textlens.output.Column;
import org.textlens.report.html.Html;

/**
 * Draws a chart as SVG: one {@code <svg>} element that is accessible on its own (role img, a
 * {@code <title>} and a {@code <desc>} it is labelled by) and self-contained (no fonts, images or
 * styles from elsewhere). Data marks have the class {@code mark} and a {@code <title>} with their value.
 */
public final class SvgCanvas implements Canvas {
    private final StringBuilder out = new StringBuilder(4096);

    private SvgCanvas() {
    }

    /**
     * The chart as an SVG element; {@code id} must be unique in the page that holds it.
     * {@code standalone} adds the XML declaration a .svg file wants.
     */
    public static String render(Chart chart, String id, boolean standalone) {
        SvgCanvas c = new SvgCanvas();
        StringBuilder s = c.out;
        if (standalone) {
            s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
            .append(num(chart.width())).append(' ').append(num(chart.height()))
            .append("\" width=\"").append(num(chart.width())).append("\" height=\"").append(num(chart.height()))
            .append("\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" aria-labelledby=\"")
            .append(Html.escape(id)).append("-t ").append(Html.escape(id)).append("-d\" id=\"").append(Html.escape(id)).append("\">\n");
        s.append("<title id=\"").append(Html.escape(id)).append("-t\">").append(Html.escape(chart.title())).append("</title>\n");
        s.append("<desc id=\"").append(Html.escape(id)).append("-d\">").append(Html.escape(chart.description())).append("</desc>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        chart.draw(c);
        s.append("</svg>\n");
        return s.toString();
    }

    @Override
    public void bar(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect class=\"mark\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
            .append("\" height=\"").append(num(height)).append("\" fill=\"").append(Html.escape(fill)).append('"');
        closeWithTitle("rect", tooltip);
    }

    @Override
    public void point(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle class=\"mark\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
            .append("\" fill=\"").append(Html.escape(fill)).append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"");
        closeWithTitle("circle", tooltip);
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, String tooltip) {
        out.append("<polyline class=\"mark line\" fill=\"none\" stroke=\"").append(Html.escape(stroke)).append("\" stroke-width=\"")
            .append(num(width)).append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        out.append('"');
        closeWithTitle("polyline", tooltip);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
            .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(Html.escape(stroke)).append("\" stroke-width=\"").append(num(width))
            .append(dashed ? "\" stroke-dasharray=\"4 3\"/>\n" : "\"/>\n");
    }

    @Override
    public void swatch(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
            .append("\" height=\"").append(num(height)).append("\" fill=\"").append(Html.escape(fill)).append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, double size, boolean bold, double rotate, String fill) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size)).append('"');
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            out.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ').append(num(y)).append(")\"");
        }
        out.append(" fill=\"").append(Html.escape(fill)).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    private void closeWithTitle(String element, String tooltip) {
        if (tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Html.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
    }

    /** Coordinates with at most one decimal: enough for a screen, and it keeps large reports small. */
    private static String num(double v) {
        String s = Column.fixed(v, 1);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
