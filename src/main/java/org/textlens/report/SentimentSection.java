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


    static final String ID = "sentiment";
    static final String TITLE = "Sentiment";

    private final Thresholds thresholds;
    private final DocumentAnalyzer<SentenceRow> sentences;
    private final SentimentAnalyzer analyzer;
    private final Tally tally = new Tally();

    public SentimentSection(SentimentAnalyzer analyzer, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.sentences = analyzer.sentences(true);
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
        tally.add(doc, found);
    }

    public Tally tally() {
        return tally;
    }

    @Override
    public Data corpusView() {
        return tally.data(thresholds);
    }

    /**
     * Sentences per label, and the documents' means added up per publication date (and in bins
     * for the histogram): counts and exact sums, merged in any order.
     */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final long[] labels = new long[SentimentCharts.LABELS.size()];
        private final TreeMap<LocalDate, DateTally> dates = new TreeMap<>();
        private final long[] bins = new long[SentimentCharts.BINS];
        private long undated;

        private static final class DateTally implements java.io.Serializable {
            private static final long serialVersionUID = 1L;
            long documents;
            final ExactSum sum = new ExactSum();
        }

        void add(DocumentInfo doc, Found found) {
            for (SentenceRow row : found.rows) {
                labels[SentimentCharts.LABELS.indexOf(row.label())]++;
            }
            found.summary.mean().ifPresent(m -> {
                bins[SentimentCharts.bin(m)]++;
                if (doc.date().isPresent()) {
                    DateTally d = dates.computeIfAbsent(doc.date().get(), k -> new DateTally());
                    d.documents++;
                    d.sum.add(m);
                } else {
                    undated++;
                }
            });
        }

        public Tally merge(Tally o) {
            for (int i = 0; i < labels.length; i++) {
                labels[i] += o.labels[i];
            }
            for (int i = 0; i < bins.length; i++) {
                bins[i] += o.bins[i];
            }
            undated += o.undated;
            o.dates.forEach((date, t) -> {
                DateTally d = dates.computeIfAbsent(date, k -> new DateTally());
                d.documents += t.documents;
                d.sum.add(t.sum);
            });
            return this;
        }

        Data data(Thresholds thresholds) {
            List<SentimentCharts.DateMeans> means = new ArrayList<>();
            dates.forEach((date, t) -> means.add(new SentimentCharts.DateMeans(date, t.documents, t.sum.value())));
            return new Data(labels.clone(), means, undated, bins.clone(), thresholds);
        }
    }

    /**
     * The corpus view: sentences per label; per publication date the documents with a mean and the
     * sum of their means; documents with a mean but no date; documents per bin of mean.
     */
    public record Data(long[] labels, List<SentimentCharts.DateMeans> dates, long undated, long[] bins, Thresholds thresholds)
        implements CorpusView {
        private static final List<String> LABEL_HEADER = List.of("label", "sentences");
        private static final List<String> DATE_HEADER = List.of("date", "documents", "mean_sum");
        private static final List<String> BIN_HEADER = List.of("mean_from", "mean_to", "documents");

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String title() {
            return TITLE;
        }

        @Override
        public void render(HtmlOut out) {
            Map<String, Long> labelCounts = new LinkedHashMap<>();
            long total = 0;
            for (int i = 0; i < labels.length; i++) {
                labelCounts.put(SentimentCharts.LABELS.get(i), labels[i]);
                total += labels[i];
            }
            if (total == 0) {
                out.note("No sentences to score.");
                return;
            }
            out.figure(SentimentCharts.labelShares(labelCounts, thresholds), "sentiment-labels", "sentiment-labels");
            long dated = dates.stream().mapToLong(SentimentCharts.DateMeans::documents).sum();
            long withMean = dated + undated;
            if (dates.size() < 2) {
                out.note((dates.isEmpty() ? "No document has a publication date" : "All dated documents have the same date")
                    + ", so sentiment over time cannot be shown; give --date, or --date-field for JSONL/CSV corpora.");
                if (withMean > 1) {
                    out.figure(SentimentCharts.histogram(bins), "sentiment-histogram", "sentiment-histogram");
                }
            } else {
                if (undated > 0) {
                    out.note(undated + " of " + withMean + " documents have no date and are not in the chart over time.");
                }
                out.figure(SentimentCharts.overDates(dates), "sentiment-time", "sentiment-time");
            }
        }

        @Override
        public void write(DataTables out) {
            out.value("undated_documents_with_sentiment", undated);
            List<List<String>> labelRows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                labelRows.add(List.of(SentimentCharts.LABELS.get(i), Long.toString(labels[i])));
            }
            out.table("sentiment-labels.csv", LABEL_HEADER, labelRows);
            out.table("sentiment-dates.csv", DATE_HEADER, dates.stream()
                .map(d -> List.of(d.date().toString(), Long.toString(d.documents()), Double.toString(d.sum()))).toList());
            List<List<String>> binRows = new ArrayList<>();
            for (int i = 0; i < bins.length; i++) {
                binRows.add(List.of(Numbers.decimal(-1 + 0.2 * i, 1), Numbers.decimal(-0.8 + 0.2 * i, 1), Long.toString(bins[i])));
            }
            out.table("sentiment-histogram.csv", BIN_HEADER, binRows);
        }

        static Data read(DataTables.Reader in, Thresholds thresholds) {
            long[] labels = new long[SentimentCharts.LABELS.size()];
            List<List<String>> labelRows = in.rows("sentiment-labels.csv", LABEL_HEADER);
            for (int i = 0; i < labels.length && i < labelRows.size(); i++) {
                labels[i] = in.parseLong("sentiment-labels.csv", labelRows.get(i).get(1));
            }
            List<SentimentCharts.DateMeans> dates = in.rows("sentiment-dates.csv", DATE_HEADER).stream()
                .map(r -> new SentimentCharts.DateMeans(in.parseDate("sentiment-dates.csv", r.get(0)), in.parseLong("sentiment-dates.csv", r.get(1)),
                    in.parseDouble("sentiment-dates.csv", r.get(2)))).toList();
            long[] bins = new long[SentimentCharts.BINS];
            List<List<String>> binRows = in.rows("sentiment-histogram.csv", BIN_HEADER);
            for (int i = 0; i < bins.length && i < binRows.size(); i++) {
                bins[i] = in.parseLong("sentiment-histogram.csv", binRows.get(i).get(2));
            }
            return new Data(labels, dates, in.count("undated_documents_with_sentiment"), bins, thresholds);
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
