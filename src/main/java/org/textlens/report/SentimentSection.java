package org.textlens.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.ColumnChart;
import org.textlens.report.chart.Palette;
import org.textlens.report.chart.XyChart;
import org.textlens.report.html.Mark;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SummaryRow;
import org.textlens.sentiment.Thresholds;

/**
 * Sentiment, as {@code textlens sentiment} computes it: each sentence tinted by its label with its
 * score and evidence on hover, a sentiment arc per document, and across the corpus the share of
 * sentences per label and the documents' mean sentiment over their publication dates.
 */
public final class SentimentSection implements Section<SentimentSection.Found> {
    private static final List<String> LABELS = List.of("positive", "neutral", "negative");

    private final Thresholds thresholds;
    private final DocumentAnalyzer<SentenceRow> sentences;
    private final DocumentAnalyzer<SummaryRow> summaries;
    private final Map<String, Long> labelCounts = new LinkedHashMap<>();
    private final List<DocumentMean> means = new ArrayList<>();

    private record DocumentMean(DocumentInfo doc, double mean) {
    }

    public SentimentSection(SentimentAnalyzer analyzer, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.sentences = analyzer.sentences(true);
        this.summaries = analyzer.summaries();
        LABELS.forEach(l -> labelCounts.put(l, 0L));
    }

    @Override
    public String id() {
        return "sentiment";
    }

    @Override
    public String title() {
        return "Sentiment";
    }

    @Override
    public void renderTextKey(HtmlOut out) {
        out.open("li").open("span", "class", "s s-pos").text("A positive sentence").close("span")
            .text(" is tinted blue with a solid underline,").close("li");
        out.open("li").open("span", "class", "s s-neg").text("a negative one").close("span")
            .text(" orange with a dotted underline; neutral sentences are plain. Hover over a sentence for its score and evidence.").close("li");
    }

    @Override
    public List<String> listHeaders() {
        return List.of("mean sentiment");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(sentences.analyze(doc).toList(), summaries.analyze(doc).findFirst().orElseThrow(), thresholds);
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        for (SentenceRow row : found.rows) {
            labelCounts.merge(row.label(), 1L, Long::sum);
        }
        found.summary.mean().ifPresent(m -> means.add(new DocumentMean(doc, m)));
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        long total = labelCounts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            out.note("No sentences to score.");
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String label : LABELS) {
            long n = labelCounts.get(label);
            double share = 100.0 * n / total;
            bars.add(new BarChart.Bar(label, share, Palette.sentiment(label),
                label + ": " + Numbers.count(n) + " sentences, " + Numbers.decimal(share, 1) + "%"));
            rows.add(List.of(label, Numbers.count(n), Numbers.decimal(share, 1)));
        }
        out.figure(new BarChart("Sentences by sentiment label",
            "Share of the corpus's " + Numbers.count(total, "sentence") + " labelled positive, neutral and negative (thresholds "
                + thresholds.negative() + " and " + thresholds.positive() + " on the compound score).",
            "share of sentences (%)", bars, List.of(), new Chart.DataTable(List.of("label", "sentences", "share %"), rows)),
            "sentiment-labels", "sentiment-labels");
        List<DocumentMean> dated = means.stream().filter(m -> m.doc().date().isPresent()).toList();
        long dates = dated.stream().map(m -> m.doc().date().get()).distinct().count();
        if (dates < 2) {
            out.note((dated.isEmpty() ? "No document has a publication date" : "All dated documents have the same date")
                + ", so sentiment over time cannot be shown; give --date, or --date-field for JSONL/CSV corpora.");
            if (means.size() > 1) {
                out.figure(histogram(), "sentiment-histogram", "sentiment-histogram");
            }
        } else {
            if (dated.size() < means.size()) {
                out.note((means.size() - dated.size()) + " of " + means.size() + " documents have no date and are not in the chart over time.");
            }
            out.figure(overTime(dated), "sentiment-time", "sentiment-time");
        }
    }

    private Chart histogram() {
        int bins = 10;
        long[] counts = new long[bins];
        for (DocumentMean m : means) {
            counts[Math.min(bins - 1, (int) Math.floor((m.mean() + 1) / 2 * bins))]++;
        }
        List<ColumnChart.Column> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            String range = Numbers.decimal(-1 + 0.2 * i, 1) + " to " + Numbers.decimal(-0.8 + 0.2 * i, 1);
            columns.add(new ColumnChart.Column(Numbers.decimal(-1 + 0.2 * i, 1), counts[i], range + ": " + Numbers.count(counts[i], "document")));
            rows.add(List.of(range, Long.toString(counts[i])));
        }
        return new ColumnChart("Documents by mean sentiment",
            "How many of the " + Numbers.count(means.size(), "document") + " have a mean sentence compound in each range of width 0.2.",
            "mean compound score (from −1 to 1; bins of 0.2, lower edge shown)", "documents", columns, Palette.BLUE,
            new Chart.DataTable(List.of("mean compound", "documents"), rows));
    }

    private Chart overTime(List<DocumentMean> dated) {
        LocalDate first = dated.stream().map(m -> m.doc().date().get()).min(LocalDate::compareTo).get();
        LocalDate last = dated.stream().map(m -> m.doc().date().get()).max(LocalDate::compareTo).get();
        Periods periods = Periods.forSpan(first, last);
        int n = dated.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        List<String> tips = new ArrayList<>();
        TreeMap<LocalDate, double[]> byPeriod = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DocumentMean m = dated.get(i);
            LocalDate date = m.doc().date().get();
            xs[i] = date.toEpochDay();
            ys[i] = m.mean();
            tips.add(m.doc().id() + " (" + date + "): mean compound " + Numbers.decimal(m.mean(), 4));
            double[] sum = byPeriod.computeIfAbsent(periods.start(date), k -> new double[2]);
            sum[0] += m.mean();
            sum[1]++;
            rows.add(List.of(m.doc().id(), date.toString(), Numbers.decimal(m.mean(), 4)));
        }
        List<XyChart.Series> series = new ArrayList<>();
        series.add(new XyChart.Series("document mean", Palette.SKY_BLUE, xs, ys, false, true, tips));
        if (byPeriod.size() > 1) {
            double[] px = new double[byPeriod.size()];
            double[] py = new double[byPeriod.size()];
            List<String> ptips = new ArrayList<>();
            int i = 0;
            for (Map.Entry<LocalDate, double[]> e : byPeriod.entrySet()) {
                px[i] = e.getKey().toEpochDay();
                py[i] = e.getValue()[0] / e.getValue()[1];
                ptips.add(periods.label(e.getKey()) + ": mean " + Numbers.decimal(py[i], 4) + " over " + (long) e.getValue()[1] + " documents");
                i++;
            }
            series.add(new XyChart.Series("mean per " + periods.noun(), Palette.BLUE, px, py, true, true, ptips));
        }
        return new XyChart("Sentiment over publication date",
            "Mean sentence compound of each of " + Numbers.count(n, "dated document") + " from " + first + " to " + last
                + (byPeriod.size() > 1 ? ", with the mean per " + periods.noun() + " as a line." : "."),
            "publication date", XyChart.XKind.DATE, "mean compound (−1 to 1)", Optional.of(new double[] {-1, 1}), series,
            new Chart.DataTable(List.of("document", "date", "mean compound"), rows));
    }

    /** One document's sentence rows (with evidence) and its summary, from the sentiment analyser. */
    public static final class Found implements Section.Part {
        private final List<SentenceRow> rows;
        private final SummaryRow summary;
        private final Thresholds thresholds;

        Found(List<SentenceRow> rows, SummaryRow summary, Thresholds thresholds) {
            this.rows = rows;
            this.summary = summary;
            this.thresholds = thresholds;
        }

        @Override
        public List<Cell> cells() {
            return List.of(summary.mean()
                .map(m -> new Cell(Numbers.decimal(m, 4), m, "num " + thresholds.label(m)))
                .orElse(Cell.text("")));
        }

        @Override
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>(rows.size());
            for (SentenceRow r : rows) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("data-sentence", Integer.toString(r.sentence()));
                a.put("data-label", r.label());
                a.put("data-compound", Numbers.decimal(r.score().compound(), 4));
                String evidence = String.join("; ", r.score().evidence());
                a.put("title", "sentence " + r.sentence() + ": " + r.label() + ", compound " + Numbers.decimal(r.score().compound(), 4)
                    + (evidence.isEmpty() ? "" : "; evidence: " + evidence));
                marks.add(new Mark(r.start(), r.end(), Mark.SENTENCE, "span", "s s-" + r.label().substring(0, 3), a));
            }
            return marks;
        }

        @Override
        public void render(HtmlOut out, DocumentInfo doc) {
            if (rows.isEmpty()) {
                return;
            }
            out.figure(arc(doc), doc.anchor() + "-arc", "sentiment-arc");
        }

        /** The arc as a grey line, with each sentence's point in its label's colour. */
        private Chart arc(DocumentInfo doc) {
            int n = rows.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            List<List<String>> table = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SentenceRow r = rows.get(i);
                xs[i] = r.sentence();
                ys[i] = r.score().compound();
                table.add(List.of(Integer.toString(r.sentence()), Numbers.decimal(ys[i], 4), r.label()));
            }
            List<XyChart.Series> series = new ArrayList<>();
            series.add(new XyChart.Series("compound", Palette.LINE, xs, ys, true, false, List.of()));
            for (String label : LABELS) {
                List<SentenceRow> these = rows.stream().filter(r -> r.label().equals(label)).toList();
                if (!these.isEmpty()) {
                    series.add(new XyChart.Series(label, Palette.sentiment(label),
                        these.stream().mapToDouble(SentenceRow::sentence).toArray(),
                        these.stream().mapToDouble(r -> r.score().compound()).toArray(), false, true,
                        these.stream().map(r -> "sentence " + r.sentence() + ": " + label + ", compound "
                            + Numbers.decimal(r.score().compound(), 4)).toList()));
                }
            }
            String shape = summary.minSentence().map(min -> "; most negative: sentence " + min + ", most positive: sentence "
                + summary.maxSentence().orElse(0)).orElse("");
            return new XyChart("Sentiment arc",
                "Compound score of each of the " + Numbers.count(n, "sentence") + " of " + doc.id() + " in reading order" + shape + ".",
                "sentence (index from 0)", XyChart.XKind.INTEGER, "compound (−1 to 1)", Optional.of(new double[] {-1, 1}),
                series, new Chart.DataTable(List.of("sentence", "compound", "label"), table));
        }
    }
}
