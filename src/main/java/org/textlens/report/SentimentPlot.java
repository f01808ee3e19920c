package org.textlens.report;

import java.util.ArrayList;
import java.util.List;
import org.textlens.corpus.Document;
import org.textlens.report.chart.Chart;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SummaryRow;

/**
 * The one chart of {@code sentiment --plot}: for a single document its sentiment arc; for several
 * documents with at least two publication dates their mean sentiment over time; otherwise the
 * distribution of the documents' means. Documents are added in input order.
 */
public final class SentimentPlot {
    private final List<SentimentCharts.DocumentMean> means = new ArrayList<>();
    private int documents;
    private String firstId = "";
    private List<SentenceRow> firstRows = List.of();
    private SummaryRow firstSummary;

    public void add(Document doc, List<SentenceRow> rows, SummaryRow summary) {
        if (documents++ == 0) {
            firstId = doc.id();
            firstRows = List.copyOf(rows);
            firstSummary = summary;
        }
        summary.mean().ifPresent(m -> means.add(new SentimentCharts.DocumentMean(doc.id(), doc.date(), m)));
    }

    public Chart chart() {
        if (documents == 1) {
            return SentimentCharts.arc(firstId, firstRows, firstSummary);
        }
        if (SentimentCharts.spansDates(means)) {
            return SentimentCharts.overTime(means.stream().filter(m -> m.date().isPresent()).toList());
        }
        return SentimentCharts.histogram(means);
    }
}
