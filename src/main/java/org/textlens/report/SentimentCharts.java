package org.textlens.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.ColumnChart;
import org.textlens.report.chart.Palette;
import org.textlens.report.chart.XyChart;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SummaryRow;
import org.textlens.sentiment.Thresholds;

/** The sentiment charts, for the report and for {@code sentiment --plot}: from the analyser's rows, never recomputed. */
public final class SentimentCharts {
    static final List<String> LABELS = List.of("positive", "neutral", "negative");

    /** A document's mean sentence compound, as {@code sentiment --summary} gives it. */
    public record DocumentMean(String id, Optional<LocalDate> date, double mean) {
    }

    private SentimentCharts() {
    }

    /** Whether the dated documents have at least two distinct dates, so a chart over time says something. */
    public static boolean spansDates(List<DocumentMean> means) {
        return means.stream().map(DocumentMean::date).flatMap(Optional::stream).distinct().limit(2).count() == 2;
    }

    public static Chart labelShares(Map<String, Long> labelCounts, Thresholds thresholds) {
        long total = labelCounts.values().stream().mapToLong(Long::longValue).sum();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String label : LABELS) {
            long n = labelCounts.get(label);
            double share = 100.0 * n / total;
            bars.add(new BarChart.Bar(label, share, Palette.sentiment(label),
                label + ": " + Numbers.count(n) + " sentences, " + Numbers.decimal(share, 1) + "%"));
            rows.add(List.of(label, Numbers.count(n), Numbers.decimal(share, 1)));
        }
        return new BarChart("Sentences by sentiment label",
            "Share of the corpus's " + Numbers.count(total, "sentence") + " labelled positive, neutral and negative (thresholds "
                + thresholds.negative() + " and " + thresholds.positive() + " on the compound score).",
            "share of sentences (%)", bars, List.of(), new Chart.DataTable(List.of("label", "sentences", "share %"), rows));
    }

    static final int BINS = 10;

    /** The histogram's bin of a document mean: ten bins of width 0.2 from -1 to 1. */
    static int bin(double mean) {
        return Math.min(BINS - 1, (int) Math.floor((mean + 1) / 2 * BINS));
    }

    public static Chart histogram(List<DocumentMean> means) {
        long[] counts = new long[BINS];
        means.forEach(m -> counts[bin(m.mean())]++);
        return histogram(counts);
    }

    /** The histogram of document means from the documents in each bin ({@link #bin}). */
    static Chart histogram(long[] counts) {
        long documents = 0;
        List<ColumnChart.Column> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            documents += counts[i];
            String range = binRange(i);
            columns.add(new ColumnChart.Column(Numbers.decimal(-0.9 + 0.2 * i, 1), counts[i], range + ": " + Numbers.count(counts[i], "document")));
            rows.add(List.of(range, Long.toString(counts[i])));
        }
        return new ColumnChart("Documents by mean sentiment",
            "How many of the " + Numbers.count(documents, "document") + " have a mean sentence compound in each range of width 0.2.",
            "mean compound score (−1 to 1), in bins of 0.2 labelled by their centre", "documents", columns, Palette.BLUE,
            new Chart.DataTable(List.of("mean compound", "documents"), rows));
    }

    static String binRange(int i) {
        return Numbers.decimal(-1 + 0.2 * i, 1) + " to " + Numbers.decimal(-0.8 + 0.2 * i, 1);
    }

    /** The documents of one publication date that have a mean, and the sum of their means. */
    public record DateMeans(LocalDate date, long documents, double sum) {
        double mean() {
            return sum / documents;
        }
    }

    /**
     * The report's chart over time, from the documents' means added up per publication date: the
     * mean of each date's documents as points, and, when the span holds several periods, the mean
     * per day, week or month as a line (each period's sum over its documents, not a mean of means).
     */
    static Chart overDates(List<DateMeans> dates) {
        LocalDate first = dates.get(0).date();
        LocalDate last = dates.get(dates.size() - 1).date();
        Periods periods = Periods.forSpan(first, last);
        int n = dates.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        long documents = 0;
        List<String> tips = new ArrayList<>();
        TreeMap<LocalDate, double[]> byPeriod = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DateMeans d = dates.get(i);
            xs[i] = d.date().toEpochDay();
            ys[i] = d.mean();
            documents += d.documents();
            tips.add(d.date() + ": mean compound " + Numbers.decimal(d.mean(), 4) + " over " + Numbers.count(d.documents(), "document"));
            double[] sum = byPeriod.computeIfAbsent(periods.start(d.date()), k -> new double[2]);
            sum[0] += d.sum();
            sum[1] += d.documents();
            rows.add(List.of(d.date().toString(), Long.toString(d.documents()), Numbers.decimal(d.mean(), 4)));
        }
        List<XyChart.Series> series = new ArrayList<>();
        series.add(new XyChart.Series("mean per date", Palette.SKY_BLUE, xs, ys, false, true, tips));
        if (byPeriod.size() > 1 && periods != Periods.DAY) {
            series.add(periodMeans(byPeriod, periods));
        }
        return new XyChart("Sentiment over publication date",
            "Mean sentence compound of the " + Numbers.count(documents, "dated document") + " of each date from " + first + " to " + last
                + (series.size() > 1 ? ", with the mean per " + periods.noun() + " as a line." : "."),
            "publication date", XyChart.XKind.DATE, "mean compound (−1 to 1)", Optional.of(new double[] {-1, 1}), series,
            new Chart.DataTable(List.of("date", "documents", "mean compound"), rows));
    }

    public static Chart overTime(List<DocumentMean> dated) {
        LocalDate first = dated.stream().map(m -> m.date().get()).min(LocalDate::compareTo).get();
        LocalDate last = dated.stream().map(m -> m.date().get()).max(LocalDate::compareTo).get();
        Periods periods = Periods.forSpan(first, last);
        int n = dated.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        List<String> tips = new ArrayList<>();
        TreeMap<LocalDate, double[]> byPeriod = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DocumentMean m = dated.get(i);
            LocalDate date = m.date().get();
            xs[i] = date.toEpochDay();
            ys[i] = m.mean();
            tips.add(m.id() + " (" + date + "): mean compound " + Numbers.decimal(m.mean(), 4));
            double[] sum = byPeriod.computeIfAbsent(periods.start(date), k -> new double[2]);
            sum[0] += m.mean();
            sum[1]++;
            rows.add(List.of(m.id(), date.toString(), Numbers.decimal(m.mean(), 4)));
        }
        List<XyChart.Series> series = new ArrayList<>();
        series.add(new XyChart.Series("document mean", Palette.SKY_BLUE, xs, ys, false, true, tips));
        if (byPeriod.size() > 1) {
            series.add(periodMeans(byPeriod, periods));
        }
        return new XyChart("Sentiment over publication date",
            "Mean sentence compound of each of " + Numbers.count(n, "dated document") + " from " + first + " to " + last
                + (byPeriod.size() > 1 ? ", with the mean per " + periods.noun() + " as a line." : "."),
            "publication date", XyChart.XKind.DATE, "mean compound (−1 to 1)", Optional.of(new double[] {-1, 1}), series,
            new Chart.DataTable(List.of("document", "date", "mean compound"), rows));
    }

    /** The mean per period as a line: each period's sum of means over its documents, at the period's middle. */
    private static XyChart.Series periodMeans(TreeMap<LocalDate, double[]> byPeriod, Periods periods) {
        double[] px = new double[byPeriod.size()];
        double[] py = new double[byPeriod.size()];
        List<String> ptips = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, double[]> e : byPeriod.entrySet()) {
            px[i] = (e.getKey().toEpochDay() + periods.next(e.getKey()).toEpochDay() - 1) / 2.0;  // the period's middle
            py[i] = e.getValue()[0] / e.getValue()[1];
            ptips.add(periods.label(e.getKey()) + ": mean " + Numbers.decimal(py[i], 4) + " over " + (long) e.getValue()[1] + " documents");
            i++;
        }
        return new XyChart.Series("mean per " + periods.noun(), Palette.BLUE, px, py, true, true, ptips);
    }

    /** The arc as a grey line, with each sentence's point in its label's colour. */
    public static Chart arc(String docId, List<SentenceRow> rows, SummaryRow summary) {
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
            "Compound score of each of the " + Numbers.count(n, "sentence") + " of " + docId + " in reading order" + shape + ".",
            "sentence (index from 0)", XyChart.XKind.INTEGER, "compound (−1 to 1)", Optional.of(new double[] {-1, 1}),
            series, new Chart.DataTable(List.of("sentence", "compound", "label"), table));
    }
}
