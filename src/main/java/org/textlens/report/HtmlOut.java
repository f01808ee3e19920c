package org.textlens.report;

import java.util.List;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.SvgCanvas;
import org.textlens.report.html.Html;

/**
 * Builds a fragment of the report's HTML. Element names and attribute names are ours; every text
 * and attribute value is escaped here, so a section never writes raw text by mistake.
 */
public final class HtmlOut {
    private final StringBuilder out;

    public HtmlOut() {
        this(new StringBuilder(8192));
    }

    public HtmlOut(StringBuilder out) {
        this.out = out;
    }

    public StringBuilder buffer() {
        return out;
    }

    /** {@code <tag a="v" ...>}; {@code attributes} are name, value pairs. */
    public HtmlOut open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public HtmlOut close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    public HtmlOut text(String text) {
        Html.escapeTo(out, text, 0, text.length());
        return this;
    }

    /** An element holding only text. */
    public HtmlOut element(String tag, String text, String... attributes) {
        open(tag, attributes).text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A short explanation in the page's muted note style. */
    public HtmlOut note(String text) {
        return element("p", text, "class", "note").newline();
    }

    public HtmlOut newline() {
        out.append('\n');
        return this;
    }

    /**
     * A chart as inline SVG with its caption and, folded under it, its data as a table: the text
     * alternative for readers who cannot see the chart, and the figures for those who want them.
     */
    public HtmlOut figure(Chart chart, String id, String kind) {
        open("figure", "class", "chart-figure", "data-chart", kind).newline();
        out.append(SvgCanvas.render(chart, id, false));
        element("figcaption", chart.description()).newline();
        Chart.DataTable data = chart.data();
        open("details", "class", "data-table").open("summary").text("Data table: " + chart.title()).close("summary");
        open("table");
        open("thead").open("tr");
        for (String h : data.headers()) {
            element("th", h, "scope", "col");
        }
        close("tr").close("thead").open("tbody");
        for (List<String> row : data.rows()) {
            open("tr");
            for (String cell : row) {
                element("td", cell);
            }
            close("tr");
        }
        close("tbody").close("table").close("details");
        return close("figure");
    }
}
