package org.textlens.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.quotes.SpeakerRow;
import org.textlens.attribution.Statement;
import org.textlens.quotes.StatementRow;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;
import org.textlens.report.html.Mark;

/**
 * Who speaks, as {@code textlens quotes} finds it: each statement marked in the text with its
 * speaker, verb and kind, the speaker's name marked too; per document its speakers by attributed
 * words; across the corpus the speakers with the most attributed words.
 */
public final class QuotesSection implements Section<QuotesSection.Found> {
    private static final int TOP_SPEAKERS = 15;
    private static final String UNATTRIBUTED = "(no speaker found)";
    static final String ID = "quotes";
    static final String TITLE = "Voices";

    private final DocumentAnalyzer<StatementRow> statements;
    private final DocumentAnalyzer<SpeakerRow> speakers;
    private final Tally tally = new Tally();

    public QuotesSection(QuotesAnalyzer analyzer) {
        this.statements = analyzer.statements();
        this.speakers = analyzer.summaries();
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
        return List.of("statements", "main speaker");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(statements.analyze(doc).map(StatementRow::statement).toList(), speakers.analyze(doc).toList());
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
        return tally.data(tally.speakers.values().stream().sorted(ORDER).limit(TOP_SPEAKERS).toList());
    }

    /** One named speaker across the corpus (or a part of it). */
    public record SpeakerTally(String speaker, long statements, long direct, long words, long documents) implements java.io.Serializable {
        public SpeakerTally plus(SpeakerTally o) {
            return new SpeakerTally(speaker, statements + o.statements, direct + o.direct, words + o.words, documents + o.documents);
        }
    }

    /** The chart's order: most words first, then most statements, then name. */
    public static final Comparator<SpeakerTally> ORDER = (Comparator<SpeakerTally> & java.io.Serializable) (a, b) -> {
        int c = Long.compare(b.words(), a.words());
        if (c == 0) {
            c = Long.compare(b.statements(), a.statements());
        }
        return c != 0 ? c : a.speaker().compareTo(b.speaker());
    };

    /** The number of speakers the chart shows. */
    public static int top() {
        return TOP_SPEAKERS;
    }

    /** Statements, those without a speaker, and per named speaker its tally. */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private HashMap<String, SpeakerTally> speakers = new HashMap<>();
        private long statementsTotal;
        private long unattributed;

        void add(Found found) {
            for (SpeakerRow r : found.speakers) {
                statementsTotal += r.statements();
                if (r.speaker().isEmpty()) {
                    unattributed += r.statements();
                } else {
                    speakers.merge(r.speaker(), new SpeakerTally(r.speaker(), r.statements(), r.direct(), r.words(), 1), SpeakerTally::plus);
                }
            }
        }

        public Tally merge(Tally o) {
            statementsTotal += o.statementsTotal;
            unattributed += o.unattributed;
            o.speakers.forEach((k, t) -> speakers.merge(k, t, SpeakerTally::plus));
            return this;
        }

        /** The named speakers' tallies. */
        public Collection<SpeakerTally> speakers() {
            return speakers.values();
        }

        /** Forgets the speakers' tallies, for a cluster that adds them up by name on its own. */
        public void dropSpeakers() {
            speakers = new HashMap<>();
        }

        /** The view, with {@code top} the first speakers in {@link #ORDER} over the whole corpus. */
        public Data data(List<SpeakerTally> top) {
            return new Data(statementsTotal, unattributed, top.subList(0, Math.min(TOP_SPEAKERS, top.size())));
        }
    }

    /** The corpus view: statements, those without a speaker, and the speakers with the most attributed words. */
    public record Data(long statements, long unattributed, List<SpeakerTally> speakers) implements CorpusView {
        private static final List<String> HEADER = List.of("speaker", "words", "statements", "direct", "documents");

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
            out.value("statements", statements);
            out.value("statements_without_speaker", unattributed);
            out.table("speakers.csv", HEADER, speakers.stream().map(t -> List.of(t.speaker(), Long.toString(t.words()),
                Long.toString(t.statements()), Long.toString(t.direct()), Long.toString(t.documents()))).toList());
        }

        static Data read(DataTables.Reader in) {
            String f = "speakers.csv";
            return new Data(in.count("statements"), in.count("statements_without_speaker"), in.rows(f, HEADER).stream()
                .map(r -> new SpeakerTally(r.get(0), in.parseLong(f, r.get(2)), in.parseLong(f, r.get(3)), in.parseLong(f, r.get(1)),
                    in.parseLong(f, r.get(4)))).toList());
        }

        @Override
        public void render(HtmlOut out) {
            if (statements == 0) {
                out.note("No attributed statements found.");
                return;
            }
            if (unattributed > 0) {
                out.note(Numbers.count(unattributed, "statement") + " of " + Numbers.count(statements, "statement")
                    + " have no speaker found; they are left out of the chart.");
            }
            if (speakers.isEmpty()) {
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (SpeakerTally t : speakers) {
                bars.add(new BarChart.Bar(t.speaker(), t.words(), Palette.BLUISH_GREEN, t.speaker() + ": " + Numbers.count(t.words(), "word") + " in "
                    + Numbers.count(t.statements(), "statement") + " (" + t.direct() + " direct) in " + Numbers.count(t.documents(), "document")));
                rows.add(List.of(t.speaker(), Long.toString(t.words()), Long.toString(t.statements()), Long.toString(t.direct()),
                    Long.toString(t.statements() - t.direct()), Long.toString(t.documents())));
            }
            out.figure(new BarChart("Speakers with the most attributed words",
                "The " + speakers.size() + " speakers whose direct and reported statements hold the most words, as textlens quotes attributes them.",
                "words attributed", bars, List.of(),
                new Chart.DataTable(List.of("speaker", "words", "statements", "direct", "indirect", "documents"), rows)),
                "quotes-speakers", "speakers");
        }
    }

    @Override
    public void renderTextKey(HtmlOut out) {
        out.open("li").open("span", "class", "quote", "title", "speaker (verb), direct").text("An attributed statement").close("span")
            .text(" is set in italics with a green line over it, ").open("span", "class", "speaker").text("its speaker").close("span")
            .text(" in bold green; hover for the speaker, the verb and whether it is quoted or reported.").close("li");
    }

    /** One document's statements and speakers, from the quotes analyser. */
    public static final class Found implements Section.Part {
        private final List<Statement> statements;
        private final List<SpeakerRow> speakers;

        Found(List<Statement> statements, List<SpeakerRow> speakers) {
            this.statements = statements;
            this.speakers = speakers;
        }

        @Override
        public List<Cell> cells() {
            String main = speakers.stream().filter(s -> !s.speaker().isEmpty()).findFirst().map(SpeakerRow::speaker).orElse("");
            return List.of(Cell.number(Integer.toString(statements.size()), statements.size()), Cell.text(main));
        }

        @Override
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>();
            java.util.Set<Integer> speakerStarts = new java.util.HashSet<>();  // a name speaking twice is marked once
            for (Statement s : statements) {
                String speaker = s.speakerName();
                String kind = s.kind().name().toLowerCase(Locale.ROOT);
                Map<String, String> a = new LinkedHashMap<>();
                a.put("data-speaker", speaker);
                a.put("data-verb", s.verb().orElse(""));
                a.put("data-kind", kind);
                a.put("title", (speaker.isEmpty() ? UNATTRIBUTED : speaker) + s.verb().map(v -> " (" + v + ")").orElse("") + ", " + kind);
                marks.add(new Mark(s.start(), s.end(), Mark.QUOTE, "span", "quote", a));
                if (s.speakerStart().isPresent() && s.speakerEnd().isPresent() && speakerStarts.add(s.speakerStart().get())) {
                    marks.add(new Mark(s.speakerStart().get(), s.speakerEnd().get(), Mark.TERM, "span", "speaker", Map.of("data-speaker", speaker)));
                }
            }
            return marks;
        }

        @Override
        public void render(HtmlOut out, DocumentInfo doc) {
            if (speakers.isEmpty()) {
                return;
            }
            out.open("table", "class", "speakers").open("caption").text("Speakers, by words attributed").close("caption");
            out.open("thead").open("tr");
            for (String h : List.of("speaker", "statements", "direct", "indirect", "words", "share")) {
                out.element("th", h, "scope", "col");
            }
            out.close("tr").close("thead").open("tbody");
            for (SpeakerRow r : speakers) {
                out.open("tr").element("td", r.speaker().isEmpty() ? UNATTRIBUTED : r.speaker());
                out.element("td", Integer.toString(r.statements()), "class", "num").element("td", Integer.toString(r.direct()), "class", "num")
                    .element("td", Integer.toString(r.indirect()), "class", "num").element("td", Integer.toString(r.words()), "class", "num")
                    .element("td", Numbers.decimal(r.share(), 4), "class", "num").close("tr");
            }
            out.close("tbody").close("table");
        }
    }
}
