package org.textlens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;
import org.textlens.report.html.Mark;

/**
 * How people and organisations are portrayed, as {@code textlens portrayal} labels them: each target
 * mention underlined in the text in its label's colour (hover for entity, label and score); per
 * document its entities with their mean score; across the corpus the most mentioned entities with
 * their mean portrayal.
 */
public final class PortrayalSection implements Section<PortrayalSection.Found> {
    private static final int TOP_ENTITIES = 15;
    /** A mean within this distance of zero is drawn neutral grey. */
    private static final double NEUTRAL_BAND = 0.05;

    private final PortrayalAnalyzer analyzer;
    private final Map<String, Tally> byEntity = new HashMap<>();

    /** One entity across the corpus. */
    private static final class Tally {
        final String entity;
        long mentions;
        double sum;
        long documents;
        final long[] labels = new long[3];

        Tally(String entity) {
            this.entity = entity;
        }

        double mean() {
            return sum / mentions;
        }
    }

    public PortrayalSection(PortrayalAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String id() {
        return "portrayal";
    }

    @Override
    public String title() {
        return "Portrayal";
    }

    @Override
    public List<String> listHeaders() {
        return List.of("targets");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(analyzer.portray(doc, false));
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        Map<String, Tally> here = new LinkedHashMap<>();
        for (PortrayalAnalyzer.Portrayed p : found.portrayed) {
            Tally t = byEntity.computeIfAbsent(p.target().entity(), Tally::new);
            t.mentions++;
            t.sum += p.portrayal().score();
            t.labels[labelIndex(p.portrayal().label())]++;
            here.put(t.entity, t);
        }
        here.values().forEach(t -> t.documents++);
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        if (byEntity.isEmpty()) {
            out.note("No people or organisations found.");
            return;
        }
        List<Tally> top = byEntity.values().stream()
            .sorted(Comparator.comparingLong((Tally t) -> -t.mentions).thenComparingLong(t -> -t.documents).thenComparing(t -> t.entity))
            .limit(TOP_ENTITIES).toList();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : top) {
            double mean = t.mean();
            String color = mean >= NEUTRAL_BAND ? Palette.POSITIVE : mean <= -NEUTRAL_BAND ? Palette.NEGATIVE : Palette.NEUTRAL;
            String label = t.entity + " (" + t.mentions + ")";
            bars.add(new BarChart.Bar(label, mean, color, t.entity + ": mean " + Numbers.decimal(mean, 2) + " over "
                + Numbers.count(t.mentions, "mention") + " in " + Numbers.count(t.documents, "document") + "; " + t.labels[0] + " negative, "
                + t.labels[1] + " neutral, " + t.labels[2] + " positive"));
            rows.add(List.of(t.entity, Long.toString(t.mentions), Long.toString(t.documents), Numbers.decimal(mean, 4),
                Long.toString(t.labels[0]), Long.toString(t.labels[1]), Long.toString(t.labels[2])));
        }
        out.figure(new BarChart("How the most mentioned people and organisations are portrayed",
            "The " + top.size() + " entities mentioned most often (mentions in brackets) and the mean portrayal score of their mentions, "
                + "from -1 (negative) to +1 (positive), as textlens portrayal labels each mention in its sentence.",
            "mean portrayal score", bars,
            List.of(new Chart.LegendItem("negative", Palette.NEGATIVE), new Chart.LegendItem("about neutral", Palette.NEUTRAL),
                new Chart.LegendItem("positive", Palette.POSITIVE)),
            new Chart.DataTable(List.of("entity", "mentions", "documents", "mean", "negative", "neutral", "positive"), rows)),
            "portrayal-entities", "portrayal");
    }

    @Override
    public void renderTextKey(HtmlOut out) {
        out.open("li").open("span", "class", "target target-neg", "title", "entity: negative").text("A person or organisation")
            .close("span").text(" is underlined by how the sentence portrays it: ")
            .open("span", "class", "target target-neg").text("negative").close("span").text(", ")
            .open("span", "class", "target target-neu").text("neutral").close("span").text(", ")
            .open("span", "class", "target target-pos").text("positive").close("span")
            .text("; hover for the entity it refers to and its score.").close("li");
    }

    private static int labelIndex(String label) {
        return switch (label) {
            case "negative" -> 0;
            case "positive" -> 2;
            default -> 1;
        };
    }

    /** One document's portrayed targets. */
    public static final class Found implements Section.Part {
        private final List<PortrayalAnalyzer.Portrayed> portrayed;

        Found(List<PortrayalAnalyzer.Portrayed> portrayed) {
            this.portrayed = portrayed;
        }

        @Override
        public List<Cell> cells() {
            return List.of(Cell.number(Integer.toString(portrayed.size()), portrayed.size()));
        }

        @Override
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>(portrayed.size());
            for (PortrayalAnalyzer.Portrayed p : portrayed) {
                String label = p.portrayal().label();
                String score = Numbers.decimal(p.portrayal().score(), 4);
                Map<String, String> a = new LinkedHashMap<>();
                a.put("data-entity", p.target().entity());
                a.put("data-label", label);
                a.put("data-score", score);
                a.put("title", p.target().entity() + ": " + label + " (" + score + ")");
                marks.add(new Mark(p.target().start(), p.target().end(), Mark.QUOTE, "span", "target target-" + label.substring(0, 3), a));
            }
            return marks;
        }

        @Override
        public void render(HtmlOut out, DocumentInfo doc) {
            if (portrayed.isEmpty()) {
                return;
            }
            Map<String, double[]> byEntity = new LinkedHashMap<>();
            for (PortrayalAnalyzer.Portrayed p : portrayed) {
                double[] t = byEntity.computeIfAbsent(p.target().entity(), k -> new double[5]);
                t[0]++;
                t[1] += p.portrayal().score();
                t[2 + labelIndex(p.portrayal().label())]++;
            }
            List<Map.Entry<String, double[]>> entities = new ArrayList<>(byEntity.entrySet());
            entities.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
            out.open("table", "class", "portrayal").open("caption").text("Portrayal, by mentions").close("caption");
            out.open("thead").open("tr");
            for (String h : List.of("entity", "mentions", "mean", "negative", "neutral", "positive")) {
                out.element("th", h, "scope", "col");
            }
            out.close("tr").close("thead").open("tbody");
            for (Map.Entry<String, double[]> e : entities) {
                double[] t = e.getValue();
                out.open("tr").element("td", e.getKey()).element("td", Long.toString((long) t[0]), "class", "num")
                    .element("td", Numbers.decimal(t[1] / t[0], 4), "class", "num").element("td", Long.toString((long) t[2]), "class", "num")
                    .element("td", Long.toString((long) t[3]), "class", "num").element("td", Long.toString((long) t[4]), "class", "num")
                    .close("tr");
            }
            out.close("tbody").close("table");
        }
    }
}
