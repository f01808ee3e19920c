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
    static final String ID = "loaded";
    static final String TITLE = "Loaded language";

    private final DocumentAnalyzer<HitRow> hits;
    private final DocumentAnalyzer<SummaryRow> summaries;
    private final Tally tally = new Tally();

    public LoadedSection(LoadedAnalyzer analyzer) {
        this.hits = analyzer.hits(false, false);
        this.summaries = analyzer.summaries();
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
        return List.of("loaded per 1,000 words");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(hits.analyze(doc).toList(), summaries.analyze(doc).findFirst().orElseThrow());
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
        return tally.data();
    }

    /** How often one loaded term (as written, case-folded) was found in one category, and its neutral alternative. */
    public record TermTally(String term, String category, String alternative, long count) implements java.io.Serializable {
        /** Added up; of two different alternatives the alphabetically first is kept, whatever order the tallies come in. */
        TermTally plus(TermTally o) {
            return new TermTally(term, category, alternative.compareTo(o.alternative) <= 0 ? alternative : o.alternative, count + o.count);
        }
    }

    private static final java.util.Comparator<TermTally> TERM_ORDER =
        Comparator.comparingLong((TermTally t) -> -t.count()).thenComparing(TermTally::term).thenComparing(TermTally::category);

    /** Hits per category and per term (terms come from the lexicon, so there are few), and running words. */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, Long> byCategory = new LinkedHashMap<>();
        private final HashMap<String, TermTally> byTerm = new HashMap<>();
        private long words;

        Tally() {
            Category.ids().forEach(c -> byCategory.put(c, 0L));
        }

        void add(Found found) {
            words += found.summary.words();
            for (HitRow h : found.hits) {
                byCategory.merge(h.category(), 1L, Long::sum);
                String term = h.term().toLowerCase(Locale.ROOT);
                byTerm.merge(term + "\u0000" + h.category(), new TermTally(term, h.category(), h.alternative(), 1), TermTally::plus);
            }
        }

        public Tally merge(Tally o) {
            words += o.words;
            o.byCategory.forEach((c, n) -> byCategory.merge(c, n, Long::sum));
            o.byTerm.forEach((k, t) -> byTerm.merge(k, t, TermTally::plus));
            return this;
        }

        Data data() {
            List<Data.CategoryHits> categories = new ArrayList<>();
            byCategory.forEach((c, n) -> categories.add(new Data.CategoryHits(c, n)));
            return new Data(categories, words, byTerm.values().stream().sorted(TERM_ORDER).limit(TOP_TERMS).toList());
        }
    }

    /** The corpus view: hits per category, running words, and the most frequent loaded terms. */
    public record Data(List<CategoryHits> categories, long words, List<TermTally> terms) implements CorpusView {
        private static final List<String> CATEGORY_HEADER = List.of("category", "hits");
        private static final List<String> TERM_HEADER = List.of("term", "category", "hits", "alternative");

        /** One category's hits. */
        public record CategoryHits(String category, long hits) {
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
            out.value("loaded_words", words);
            out.table("loaded-categories.csv", CATEGORY_HEADER, categories.stream().map(c -> List.of(c.category(), Long.toString(c.hits()))).toList());
            out.table("loaded-terms.csv", TERM_HEADER, terms.stream()
                .map(t -> List.of(t.term(), t.category(), Long.toString(t.count()), t.alternative())).toList());
        }

        static Data read(DataTables.Reader in) {
            List<CategoryHits> categories = in.rows("loaded-categories.csv", CATEGORY_HEADER).stream()
                .map(r -> new CategoryHits(r.get(0), in.parseLong("loaded-categories.csv", r.get(1)))).toList();
            List<TermTally> terms = in.rows("loaded-terms.csv", TERM_HEADER).stream()
                .map(r -> new TermTally(r.get(0), r.get(1), r.get(3), in.parseLong("loaded-terms.csv", r.get(2)))).toList();
            return new Data(categories, in.count("loaded_words"), terms);
        }

        @Override
        public void render(HtmlOut out) {
            long total = categories.stream().mapToLong(CategoryHits::hits).sum();
            if (total == 0) {
                out.note("No loaded terms found.");
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (CategoryHits c : categories) {
                double per1000 = words == 0 ? 0 : 1000.0 * c.hits() / words;
                bars.add(new BarChart.Bar(c.category(), per1000, Palette.REDDISH_PURPLE,
                    c.category() + ": " + Numbers.count(c.hits(), "hit") + ", " + Numbers.decimal(per1000, 2) + " per 1,000 words"));
                rows.add(List.of(c.category(), Long.toString(c.hits()), Numbers.decimal(per1000, 2)));
            }
            out.figure(new BarChart("Loaded terms by category",
                Numbers.count(total, "loaded term") + " in " + Numbers.count(words, "word") + ", by category, per 1,000 words.",
                "hits per 1,000 words", bars, List.of(), new Chart.DataTable(List.of("category", "hits", "per 1,000 words"), rows)),
                "loaded-categories", "loaded-categories");
            List<BarChart.Bar> termBars = new ArrayList<>();
            List<List<String>> termRows = new ArrayList<>();
            for (TermTally t : terms) {
                termBars.add(new BarChart.Bar(t.term() + " (" + t.category() + ")", t.count(), Palette.REDDISH_PURPLE,
                    t.term() + ": " + Numbers.count(t.count(), "time") + "; " + t.category() + (t.alternative().isEmpty() ? "" : "; instead: " + t.alternative())));
                termRows.add(List.of(t.term(), t.category(), Long.toString(t.count()), t.alternative()));
            }
            out.figure(new BarChart("Most frequent loaded terms",
                "The " + terms.size() + " loaded terms found most often, with their category.", "occurrences", termBars, List.of(),
                new Chart.DataTable(List.of("term", "category", "occurrences", "neutral alternative"), termRows)),
                "loaded-terms", "loaded-terms");
        }
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
