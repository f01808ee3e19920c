package org.textlens.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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

    static final String ID = "portrayal";
    static final String TITLE = "Portrayal";

    private final PortrayalAnalyzer analyzer;
    private final Tally tally = new Tally();

    public PortrayalSection(PortrayalAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
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
        tally.add(found);
    }

    public Tally tally() {
        return tally;
    }

    @Override
    public Data corpusView() {
        return Data.of(tally.entities.values().stream().sorted(ORDER).limit(TOP_ENTITIES).toList());
    }

    /** One entity across the corpus (or a part of it): mentions, the exact sum of their scores, documents, mentions per label. */
    public record EntityTally(String entity, long mentions, BigDecimal scoreSum, long documents, long negative, long neutral, long positive)
        implements java.io.Serializable {
        public EntityTally plus(EntityTally o) {
            return new EntityTally(entity, mentions + o.mentions, scoreSum.add(o.scoreSum), documents + o.documents,
                negative + o.negative, neutral + o.neutral, positive + o.positive);
        }
    }

    /** The chart's order: most mentions first, then most documents, then name. */
    public static final Comparator<EntityTally> ORDER = (Comparator<EntityTally> & java.io.Serializable) (a, b) -> {
        int c = Long.compare(b.mentions(), a.mentions());
        if (c == 0) {
            c = Long.compare(b.documents(), a.documents());
        }
        return c != 0 ? c : a.entity().compareTo(b.entity());
    };

    /** The number of entities the chart shows. */
    public static int top() {
        return TOP_ENTITIES;
    }

    /** Per entity its tally. */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private HashMap<String, EntityTally> entities = new HashMap<>();

        void add(Found found) {
            Map<String, EntityTally> here = new LinkedHashMap<>();
            for (PortrayalAnalyzer.Portrayed p : found.portrayed) {
                int label = labelIndex(p.portrayal().label());
                here.merge(p.target().entity(), new EntityTally(p.target().entity(), 1, new BigDecimal(p.portrayal().score()), 1,
                    label == 0 ? 1 : 0, label == 1 ? 1 : 0, label == 2 ? 1 : 0),
                    (a, b) -> new EntityTally(a.entity(), a.mentions() + 1, a.scoreSum().add(b.scoreSum()), 1,
                        a.negative() + b.negative(), a.neutral() + b.neutral(), a.positive() + b.positive()));
            }
            here.forEach((k, t) -> entities.merge(k, t, EntityTally::plus));
        }

        public Tally merge(Tally o) {
            o.entities.forEach((k, t) -> entities.merge(k, t, EntityTally::plus));
            return this;
        }

        public Collection<EntityTally> entities() {
            return entities.values();
        }

        /** Forgets the entities' tallies, for a cluster that adds them up by name on its own. */
        public void dropEntities() {
            entities = new HashMap<>();
        }
    }

    /** An entity as the chart shows it; {@code scoreSum} is the double nearest the exact sum of its mentions' scores. */
    public record EntityRow(String entity, long mentions, long documents, double scoreSum, long negative, long neutral, long positive) {
        double mean() {
            return scoreSum / mentions;
        }
    }

    /** The corpus view: the most mentioned entities. */
    public record Data(List<EntityRow> entities) implements CorpusView {
        private static final List<String> HEADER = List.of("entity", "mentions", "documents", "score_sum", "negative", "neutral", "positive");

        /** The view, with {@code top} the first entities in {@link #ORDER} over the whole corpus. */
        public static Data of(List<EntityTally> top) {
            return new Data(top.stream().limit(TOP_ENTITIES).map(t -> new EntityRow(t.entity(), t.mentions(), t.documents(),
                t.scoreSum().doubleValue(), t.negative(), t.neutral(), t.positive())).toList());
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String title() {
            return TITLE;
        }

        @Override
        public void write(DataTables out) {
            out.table("portrayal.csv", HEADER, entities.stream().map(t -> List.of(t.entity(), Long.toString(t.mentions()),
                Long.toString(t.documents()), Double.toString(t.scoreSum()), Long.toString(t.negative()), Long.toString(t.neutral()),
                Long.toString(t.positive()))).toList());
        }

        static Data read(DataTables.Reader in) {
            String f = "portrayal.csv";
            return new Data(in.rows(f, HEADER).stream().map(r -> new EntityRow(r.get(0), in.parseLong(f, r.get(1)), in.parseLong(f, r.get(2)),
                in.parseDouble(f, r.get(3)), in.parseLong(f, r.get(4)), in.parseLong(f, r.get(5)), in.parseLong(f, r.get(6)))).toList());
        }

        @Override
        public void render(HtmlOut out) {
            if (entities.isEmpty()) {
                out.note("No people or organisations found.");
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (EntityRow t : entities) {
                double mean = t.mean();
                String color = mean >= NEUTRAL_BAND ? Palette.POSITIVE : mean <= -NEUTRAL_BAND ? Palette.NEGATIVE : Palette.NEUTRAL;
                String label = t.entity() + " (" + t.mentions() + ")";
                bars.add(new BarChart.Bar(label, mean, color, t.entity() + ": mean " + Numbers.decimal(mean, 2) + " over "
                    + Numbers.count(t.mentions(), "mention") + " in " + Numbers.count(t.documents(), "document") + "; " + t.negative() + " negative, "
                    + t.neutral() + " neutral, " + t.positive() + " positive"));
                rows.add(List.of(t.entity(), Long.toString(t.mentions()), Long.toString(t.documents()), Numbers.decimal(mean, 4),
                    Long.toString(t.negative()), Long.toString(t.neutral()), Long.toString(t.positive())));
            }
            out.figure(new BarChart("How the most mentioned people and organisations are portrayed",
                "The " + entities.size() + " entities mentioned most often (mentions in brackets) and the mean portrayal score of their mentions, "
                    + "from -1 (negative) to +1 (positive), as textlens portrayal labels each mention in its sentence.",
                "mean portrayal score", bars,
                List.of(new Chart.LegendItem("negative", Palette.NEGATIVE), new Chart.LegendItem("about neutral", Palette.NEUTRAL),
                    new Chart.LegendItem("positive", Palette.POSITIVE)),
                new Chart.DataTable(List.of("entity", "mentions", "documents", "mean", "negative", "neutral", "positive"), rows)),
                "portrayal-entities", "portrayal");
        }
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
