package org.textlens.report;

import java.util.List;

/**
 * The corpus's document list: one row per document with its id, date, words and sentences and
 * each section's columns (mean sentiment, ...). Cells carry their sort key, so the page's script
 * can sort by any column; long lists are paged by the script (all rows are in the file).
 */
final class DocumentList {
    static final int PAGE = 100;

    /** One document's row. */
    record Row(DocumentInfo info, List<Section.Cell> cells) {
    }

    private DocumentList() {
    }

    static void render(HtmlOut out, List<Section<?>> sections, List<Row> rows) {
        out.open("table", "class", "doc-list", "data-page-size", Integer.toString(PAGE)).newline();
        out.open("caption").text(Numbers.count(rows.size(), "document") + ", in input order; select a column heading to sort by it.").close("caption");
        out.open("thead").open("tr");
        header(out, "#", true);
        header(out, "document", false);
        header(out, "date", false);
        header(out, "words", true);
        header(out, "sentences", true);
        for (Section<?> s : sections) {
            for (String h : s.listHeaders()) {
                header(out, h, true);
            }
        }
        out.close("tr").close("thead").open("tbody").newline();
        for (Row r : rows) {
            DocumentInfo d = r.info();
            out.open("tr", "data-doc", d.anchor());
            out.element("td", Integer.toString(d.index() + 1), "class", "num", "data-sort", Integer.toString(d.index()));
            out.open("td");
            if (d.hasView()) {
                out.element("a", d.id(), "href", "#" + d.anchor());
            } else {
                out.text(d.id());
            }
            out.close("td");
            out.element("td", d.date().map(Object::toString).orElse(""));
            out.element("td", Numbers.count(d.words()), "class", "num", "data-sort", Long.toString(d.words()));
            out.element("td", Numbers.count(d.sentences()), "class", "num", "data-sort", Integer.toString(d.sentences()));
            for (Section.Cell c : r.cells()) {
                if (Double.isNaN(c.sortKey())) {
                    out.element("td", c.text(), "class", c.cssClass());
                } else {
                    out.element("td", c.text(), "class", c.cssClass(), "data-sort", Double.toString(c.sortKey()));
                }
            }
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private static void header(HtmlOut out, String name, boolean numeric) {
        out.open("th", "scope", "col", "data-type", numeric ? "number" : "text").text(name).close("th");
    }
}
