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


    private final Thresholds thresholds;
    private final DocumentAnalyzer<SentenceRow> sentences;
    private final SentimentAnalyzer analyzer;
    private final Map<String, Long> labelCounts = new LinkedHashMap<>();
    private final List<SentimentCharts.DocumentMean> means = new ArrayList<>();

    public SentimentSection(SentimentAnalyzer analyzer, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.sentences = analyzer.sentences(true);
        this.analyzer = analyzer;
        SentimentCharts.LABELS.forEach(l -> labelCounts.put(l, 0L));
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
        List<SentenceRow> rows = sentences.analyze(doc).toList();
        return new Found(rows, analyzer.summaryOf(doc.doc().id(), rows), thresholds);
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        for (SentenceRow row : found.rows) {
            labelCounts.merge(row.label(), 1L, Long::sum);
        }
        found.summary.mean().ifPresent(m -> means.add(new SentimentCharts.DocumentMean(doc.id(), doc.date(), m)));
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        long total = labelCounts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            out.note("No sentences to score.");
            return;
        }
        out.figure(SentimentCharts.labelShares(labelCounts, thresholds), "sentiment-labels", "sentiment-labels");
        List<SentimentCharts.DocumentMean> dated = means.stream().filter(m -> m.date().isPresent()).toList();
        if (!SentimentCharts.spansDates(means)) {
            out.note((dated.isEmpty() ? "No document has a publication date" : "All dated documents have the same date")
                + ", so sentiment over time cannot be shown; give --date, or --date-field for JSONL/CSV corpora.");
            if (means.size() > 1) {
                out.figure(SentimentCharts.histogram(means), "sentiment-histogram", "sentiment-histogram");
            }
        } else {
            if (dated.size() < means.size()) {
                out.note((means.size() - dated.size()) + " of " + means.size() + " documents have no date and are not in the chart over time.");
            }
            out.figure(SentimentCharts.overTime(dated), "sentiment-time", "sentiment-time");
        }
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
            out.figure(SentimentCharts.arc(doc.id(), rows, summary), doc.anchor() + "-arc", "sentiment-arc");
        }
    }
}
