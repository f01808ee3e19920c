package org.textlens.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Optional;
import java.util.TreeMap;
import org.textlens.timeline.Granularity;
import org.textlens.timeline.PeriodRow;
import org.textlens.timeline.Periods;
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
    static final String ID = "timeline";
    static final String TITLE = "Timeline";

    private final TimelineAnalyzer analyzer;
    private final Tally tally = new Tally();
    private long orderBase;

    public TimelineSection(TimelineAnalyzer analyzer) {
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
        return List.of("dated mentions");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(analyzer.analyze(doc).findFirst().orElseThrow().rows());
    }

    /**
     * Documents are ordered by their index plus {@code base}, for the periods' first examples: a
     * cluster gives each part of the corpus a base above the parts before it.
     */
    public void orderFrom(long base) {
        orderBase = base;
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        tally.add(orderBase + doc.index(), found.rows);
    }

    public Tally tally() {
        return tally;
    }

    @Override
    public Data corpusView() {
        return tally.data();
    }

    /** A dated mention's context, with its place in the corpus: a period's examples are the first distinct ones. */
    private record Example(long doc, long item, String context) implements java.io.Serializable {
        static final Comparator<Example> ORDER = (Comparator<Example> & java.io.Serializable)
            (a, b) -> a.doc != b.doc ? Long.compare(a.doc, b.doc) : Long.compare(a.item, b.item);
    }

    /** A period's mentions, the documents that mention it, and its first distinct examples. */
    private static final class PeriodTally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Periods.Slot slot;
        long mentions;
        long documents;
        List<Example> examples = new ArrayList<>();

        PeriodTally(Periods.Slot slot) {
            this.slot = slot;
        }

        void merge(PeriodTally o) {
            mentions += o.mentions;
            documents += o.documents;
            List<Example> all = new ArrayList<>(examples);
            all.addAll(o.examples);
            all.sort(Example.ORDER);
            examples = first(all);
        }

        /** The first distinct contexts, as many as a period shows. */
        static List<Example> first(List<Example> ordered) {
            List<Example> kept = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Example e : ordered) {
                if (kept.size() < Periods.EXAMPLES && seen.add(e.context())) {
                    kept.add(e);
                }
            }
            return kept;
        }
    }

    /**
     * Dated mentions per day, week, month and year (the chart picks one when the span is known),
     * counted document by document: a document counts once in each period it mentions.
     */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** Which period of each granularity a row counts in (only read). */
        private static final EnumMap<Granularity, Periods> SLOTS = new EnumMap<>(Granularity.class);

        static {
            for (Granularity g : Granularity.values()) {
                SLOTS.put(g, new Periods(g));
            }
        }

        private final EnumMap<Granularity, TreeMap<String, PeriodTally>> periods = new EnumMap<>(Granularity.class);
        private long mentions;
        private LocalDate first;
        private LocalDate last;

        Tally() {
            for (Granularity g : Granularity.values()) {
                periods.put(g, new TreeMap<>());
            }
        }

        void add(long order, List<TimelineRow> rows) {
            EnumMap<Granularity, TreeMap<String, PeriodTally>> here = new EnumMap<>(Granularity.class);
            long item = 0;
            for (TimelineRow row : rows) {
                long at = item++;
                if (!row.onTimeline()) {
                    continue;
                }
                mentions++;
                LocalDate from = LocalDate.parse(row.from().orElseThrow());
                first = first == null || from.isBefore(first) ? from : first;
                last = last == null || from.isAfter(last) ? from : last;
                for (Granularity g : Granularity.values()) {
                    SLOTS.get(g).slot(row).ifPresent(slot -> {
                        PeriodTally t = here.computeIfAbsent(g, k -> new TreeMap<>()).computeIfAbsent(slot.name(), k -> new PeriodTally(slot));
                        t.mentions++;
                        t.documents = 1;
                        t.examples.add(new Example(order, at, row.context()));
                    });
                }
            }
            here.forEach((g, byName) -> byName.forEach((name, t) -> {
                t.examples = PeriodTally.first(t.examples);
                periods.get(g).merge(name, t, (a, b) -> {
                    a.merge(b);
                    return a;
                });
            }));
        }

        public Tally merge(Tally o) {
            mentions += o.mentions;
            if (o.first != null) {
                first = first == null || o.first.isBefore(first) ? o.first : first;
                last = last == null || o.last.isAfter(last) ? o.last : last;
            }
            o.periods.forEach((g, byName) -> byName.forEach((name, t) -> periods.get(g).merge(name, t, (a, b) -> {
                a.merge(b);
                return a;
            })));
            return this;
        }

        Data data() {
            if (mentions == 0) {
                return new Data(0, Optional.empty(), Optional.empty(), List.of());
            }
            Granularity g = TimelinePlot.granularity(first, last);
            Periods rows = new Periods(g);
            List<PeriodRow> out = new ArrayList<>();
            periods.get(g).values().forEach(t -> out.add(rows.row(t.slot, t.mentions, t.documents,
                t.examples.stream().map(Example::context).toList())));
            return new Data(mentions, Optional.of(first), Optional.of(last), out);
        }
    }

    /** The corpus view: dated mentions, their first and last day, and the periods of the chart's granularity. */
    public record Data(long mentions, Optional<LocalDate> first, Optional<LocalDate> last, List<PeriodRow> periods) implements CorpusView {
        private static final List<String> HEADER = List.of("period", "from", "to", "mentions", "documents", "examples");

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
            out.value("dated_mentions", mentions);
            out.value("first_mentioned_day", first.map(Object::toString).orElse(""));
            out.value("last_mentioned_day", last.map(Object::toString).orElse(""));
            out.table("timeline.csv", HEADER, periods.stream().map(r -> List.of(r.period(), r.from(), r.to(), Long.toString(r.mentions()),
                Long.toString(r.documents()), r.examples())).toList());
        }

        static Data read(DataTables.Reader in) {
            String f = "timeline.csv";
            long mentions = in.count("dated_mentions");
            String first = in.value("first_mentioned_day");
            String last = in.value("last_mentioned_day");
            return new Data(mentions, first.isEmpty() ? Optional.empty() : Optional.of(in.parseDate(DataTables.VALUES, first)),
                last.isEmpty() ? Optional.empty() : Optional.of(in.parseDate(DataTables.VALUES, last)),
                in.rows(f, HEADER).stream().map(r -> new PeriodRow(r.get(0), r.get(1), r.get(2), in.parseLong(f, r.get(3)),
                    in.parseLong(f, r.get(4)), r.get(5))).toList());
        }

        @Override
        public void render(HtmlOut out) {
            if (mentions == 0 || first.isEmpty() || last.isEmpty()) {
                out.note("No dated temporal expressions found. Relative ones (\"last week\") need a document date: give --date or --date-field.");
                return;
            }
            out.figure(TimelinePlot.chart(first.get(), last.get(), mentions, periods), "timeline-periods", "timeline");
        }
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
