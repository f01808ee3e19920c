package org.textlens.report;

import java.util.ArrayList;
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

    private final DocumentAnalyzer<StatementRow> statements;
    private final DocumentAnalyzer<SpeakerRow> speakers;
    private final Map<String, Tally> bySpeaker = new HashMap<>();

    /** One speaker across the corpus. */
    private static final class Tally {
        final String speaker;
        long statements;
        long direct;
        long words;
        long documents;

        Tally(String speaker) {
            this.speaker = speaker;
        }
    }

    public QuotesSection(QuotesAnalyzer analyzer) {
        this.statements = analyzer.statements();
        this.speakers = analyzer.summaries();
    }

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public String title() {
        return "Voices";
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
        for (SpeakerRow r : found.speakers) {
            Tally t = bySpeaker.computeIfAbsent(r.speaker(), Tally::new);
            t.statements += r.statements();
            t.direct += r.direct();
            t.words += r.words();
            t.documents++;
        }
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        List<Tally> named = bySpeaker.values().stream().filter(t -> !t.speaker.isEmpty())
            .sorted(Comparator.comparingLong((Tally t) -> -t.words).thenComparingLong(t -> -t.statements).thenComparing(t -> t.speaker))
            .toList();
        long statementsTotal = bySpeaker.values().stream().mapToLong(t -> t.statements).sum();
        if (statementsTotal == 0) {
            out.note("No attributed statements found.");
            return;
        }
        Tally nobody = bySpeaker.get("");
        if (nobody != null) {
            out.note(Numbers.count(nobody.statements, "statement") + " of " + Numbers.count(statementsTotal, "statement")
                + " have no speaker found; they are left out of the chart.");
        }
        if (named.isEmpty()) {
            return;
        }
        List<Tally> top = named.subList(0, Math.min(TOP_SPEAKERS, named.size()));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : top) {
            bars.add(new BarChart.Bar(t.speaker, t.words, Palette.BLUISH_GREEN, t.speaker + ": " + Numbers.count(t.words, "word") + " in "
                + Numbers.count(t.statements, "statement") + " (" + t.direct + " direct) in " + Numbers.count(t.documents, "document")));
            rows.add(List.of(t.speaker, Long.toString(t.words), Long.toString(t.statements), Long.toString(t.direct),
                Long.toString(t.statements - t.direct), Long.toString(t.documents)));
        }
        out.figure(new BarChart("Speakers with the most attributed words",
            "The " + top.size() + " speakers whose direct and reported statements hold the most words, as textlens quotes attributes them.",
            "words attributed", bars, List.of(),
            new Chart.DataTable(List.of("speaker", "words", "statements", "direct", "indirect", "documents"), rows)),
            "quotes-speakers", "speakers");
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
