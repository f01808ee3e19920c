package org.textlens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.html.Mark;
import org.textlens.timeline.TimelineAnalyzer;
import org.textlens.timeline.TimelineRow;

/**
 * What happened when, as {@code textlens timeline} finds it: every temporal expression marked in the
 * text with its normalised value, each document's timeline, and across the corpus the dated mentions
 * per day, week, month or year (the finest that fits the span of the mentions), grouped as
 * {@code timeline --group-by} groups them.
 */
public final class TimelineSection implements Section<TimelineSection.Found> {
    private final TimelineAnalyzer analyzer;
    private final TimelinePlot plot = new TimelinePlot();

    public TimelineSection(TimelineAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public List<String> listHeaders() {
        return List.of("dated mentions");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(analyzer.analyze(doc).findFirst().orElseThrow().rows());
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        found.rows.forEach(plot::add);
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        plot.chart().ifPresentOrElse(chart -> out.figure(chart, "timeline-periods", "timeline"),
            () -> out.note("No dated temporal expressions found. Relative ones (\"last week\") need a document date: give --date or --date-field."));
    }

    @Override
    public void renderTextKey(HtmlOut out) {
        out.open("li").open("span", "class", "timex", "data-value", "2023-W29", "title", "DATE 2023-W29").text("Temporal expressions")
            .close("span").text(" are boxed, with their normalised TimeML value after them.").close("li");
    }

    /** One document's temporal expressions, from the timeline analyser. */
    public static final class Found implements Section.Part {
        private final List<TimelineRow> rows;

        Found(List<TimelineRow> rows) {
            this.rows = rows;
        }

        @Override
        public List<Cell> cells() {
            long dated = rows.stream().filter(TimelineRow::onTimeline).count();
            return List.of(Cell.number(Long.toString(dated), dated));
        }

        @Override
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>(rows.size());
            for (TimelineRow r : rows) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("data-type", r.type().name());
                a.put("data-value", r.value());
                if (!r.mod().isEmpty()) {
                    a.put("data-mod", r.mod());
                }
                r.from().ifPresent(f -> a.put("data-from", f));
                r.to().ifPresent(t -> a.put("data-to", t));
                a.put("title", r.type() + " " + r.value() + (r.mod().isEmpty() ? "" : " (" + r.mod() + ")")
                    + r.from().map(f -> ": " + f + (r.to().filter(t -> !t.equals(f)).map(t -> " to " + t).orElse(""))).orElse(""));
                marks.add(new Mark(r.start(), r.end(), Mark.TERM, "span", "timex", a));
            }
            return marks;
        }

        @Override
        public void render(HtmlOut out, DocumentInfo doc) {
            List<TimelineRow> dated = rows.stream().filter(TimelineRow::onTimeline)
                .sorted(Comparator.comparing((TimelineRow r) -> r.from().orElseThrow()).thenComparingInt(TimelineRow::start)).toList();
            if (dated.isEmpty()) {
                return;
            }
            out.open("table", "class", "timeline").open("caption").text("Timeline: dated expressions in time order").close("caption");
            out.open("thead").open("tr");
            for (String h : List.of("from", "to", "expression", "value")) {
                out.element("th", h, "scope", "col");
            }
            out.close("tr").close("thead").open("tbody");
            for (TimelineRow r : dated) {
                out.open("tr").element("td", r.from().orElseThrow()).element("td", r.to().orElse("")).element("td", r.text())
                    .element("td", r.value() + (r.mod().isEmpty() ? "" : " " + r.mod())).close("tr");
            }
            out.close("tbody").close("table");
        }
    }
}
