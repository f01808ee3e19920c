package org.textlens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.loaded.Category;
import org.textlens.loaded.HitRow;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.SummaryRow;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;
import org.textlens.report.html.Mark;

/**
 * Loaded terms, as {@code textlens loaded} finds them: highlighted in the text with their category,
 * reason and neutral alternative (as attributes and on hover), per 1,000 words in the document
 * list, and across the corpus the hits per category and the most frequent loaded terms.
 */
public final class LoadedSection implements Section<LoadedSection.Found> {
    private static final int TOP_TERMS = 20;

    private final DocumentAnalyzer<HitRow> hits;
    private final DocumentAnalyzer<SummaryRow> summaries;
    private final Map<String, Long> byCategory = new LinkedHashMap<>();
    private final Map<String, TermTally> byTerm = new HashMap<>();
    private long words;

    /** How often one loaded term (as written, case-folded) was found, and its category. */
    private static final class TermTally {
        final String term;
        final String category;
        final String alternative;
        long count;

        TermTally(String term, String category, String alternative) {
            this.term = term;
            this.category = category;
            this.alternative = alternative;
        }
    }

    public LoadedSection(LoadedAnalyzer analyzer) {
        this.hits = analyzer.hits(false, false);
        this.summaries = analyzer.summaries();
        Category.ids().forEach(c -> byCategory.put(c, 0L));
    }

    @Override
    public String id() {
        return "loaded";
    }

    @Override
    public String title() {
        return "Loaded language";
    }

    @Override
    public List<String> listHeaders() {
        return List.of("loaded per 1,000 words");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(hits.analyze(doc).toList(), summaries.analyze(doc).findFirst().orElseThrow());
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        words += found.summary.words();
        for (HitRow h : found.hits) {
            byCategory.merge(h.category(), 1L, Long::sum);
            String key = h.term().toLowerCase(Locale.ROOT) + "\u0000" + h.category();
            byTerm.computeIfAbsent(key, k -> new TermTally(h.term().toLowerCase(Locale.ROOT), h.category(), h.alternative())).count++;
        }
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            out.note("No loaded terms found.");
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : byCategory.entrySet()) {
            double per1000 = words == 0 ? 0 : 1000.0 * e.getValue() / words;
            bars.add(new BarChart.Bar(e.getKey(), per1000, Palette.REDDISH_PURPLE,
                e.getKey() + ": " + Numbers.count(e.getValue(), "hit") + ", " + Numbers.decimal(per1000, 2) + " per 1,000 words"));
            rows.add(List.of(e.getKey(), Long.toString(e.getValue()), Numbers.decimal(per1000, 2)));
        }
        out.figure(new BarChart("Loaded terms by category",
            Numbers.count(total, "loaded term") + " in " + Numbers.count(words, "word") + ", by category, per 1,000 words.",
            "hits per 1,000 words", bars, List.of(), new Chart.DataTable(List.of("category", "hits", "per 1,000 words"), rows)),
            "loaded-categories", "loaded-categories");
        List<TermTally> top = byTerm.values().stream()
            .sorted(Comparator.comparingLong((TermTally t) -> -t.count).thenComparing(t -> t.term).thenComparing(t -> t.category))
            .limit(TOP_TERMS).toList();
        List<BarChart.Bar> termBars = new ArrayList<>();
        List<List<String>> termRows = new ArrayList<>();
        for (TermTally t : top) {
            termBars.add(new BarChart.Bar(t.term + " (" + t.category + ")", t.count, Palette.REDDISH_PURPLE,
                t.term + ": " + Numbers.count(t.count, "time") + "; " + t.category + (t.alternative.isEmpty() ? "" : "; instead: " + t.alternative)));
            termRows.add(List.of(t.term, t.category, Long.toString(t.count), t.alternative));
        }
        out.figure(new BarChart("Most frequent loaded terms",
            "The " + top.size() + " loaded terms found most often, with their category.", "occurrences", termBars, List.of(),
            new Chart.DataTable(List.of("term", "category", "occurrences", "neutral alternative"), termRows)),
            "loaded-terms", "loaded-terms");
    }

    @Override
    public void renderTextKey(HtmlOut out) {
        out.open("li").open("mark", "class", "loaded", "title", "category: reason; instead: a neutral alternative").text("Loaded terms")
            .close("mark").text(" are highlighted; hover for the category, the reason and a neutral alternative.").close("li");
    }

    /** One document's hits and summary, from the loaded analyser. */
    public static final class Found implements Section.Part {
        private final List<HitRow> hits;
        private final SummaryRow summary;

        Found(List<HitRow> hits, SummaryRow summary) {
            this.hits = hits;
            this.summary = summary;
        }

        @Override
        public List<Cell> cells() {
            return List.of(Cell.number(Numbers.decimal(summary.per1000(), 2), summary.per1000()));
        }

        @Override
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>(hits.size());
            for (HitRow h : hits) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("data-category", h.category());
                a.put("data-weight", Numbers.decimal(h.weight(), 2));
                a.put("data-reason", h.reason());
                a.put("data-alternative", h.alternative());
                a.put("title", h.category() + ": " + h.reason() + (h.alternative().isEmpty() ? "" : "; instead: " + h.alternative()));
                marks.add(new Mark(h.start(), h.end(), Mark.TERM, "mark", "loaded", a));
            }
            return marks;
        }
    }
}
