package org.textlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.textlens.freq.FreqAnalyzer;
import org.textlens.freq.FreqRow;
import org.textlens.freq.FreqSettings;
import org.textlens.freq.Keyness;
import org.textlens.freq.KeynessRow;
import org.textlens.freq.TermCounts;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;

/**
 * Top terms, as {@code textlens freq --top N} counts them, and with a reference corpus the key
 * terms of {@code textlens freq --reference}: the most over- and under-used terms by signed G2.
 */
public final class FreqSection implements Section<FreqSection.Counted> {
    /** Freq contributes to the corpus view only. */
    public enum Counted implements Section.Part { DOCUMENT }

    private final FreqSettings settings;
    private final Optional<TermCounts> reference;
    private final CorpusFold<TermCounts> fold;

    /**
     * @param settings freq's settings; {@code top} is the number of terms charted
     * @param reference the reference corpus's counts (made with the same settings), for keyness
     */
    public FreqSection(FreqSettings settings, Optional<TermCounts> reference) {
        this.settings = settings;
        this.reference = reference;
        this.fold = new CorpusFold<>(new FreqAnalyzer(settings, false));
    }

    @Override
    public String id() {
        return "terms";
    }

    @Override
    public String title() {
        return "Terms";
    }

    @Override
    public Counted analyze(AnnotatedDocument doc) {
        fold.add(doc);
        return Counted.DOCUMENT;
    }

    @Override
    public void add(DocumentInfo doc, Counted part) {
        // the counts are folded on the worker threads
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        TermCounts counts = fold.result();
        List<FreqRow> top = new FreqAnalyzer(settings, false).finish(counts).toList();
        if (top.isEmpty()) {
            out.note("No words to count.");
        } else {
            out.figure(topTerms(top, counts), "terms-top", "top-terms");
        }
        reference.ifPresent(ref -> {
            if (counts.words() > 0) {
                out.figure(keyness(counts, ref), "terms-keyness", "keyness");
            }
        });
    }

    private Chart topTerms(List<FreqRow> top, TermCounts counts) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (FreqRow r : top) {
            bars.add(new BarChart.Bar(r.term(), r.per10k(), Palette.BLUE, r.term() + ": " + Numbers.count(r.count()) + " times ("
                + Numbers.decimal(r.per10k(), 1) + " per 10,000 words) in " + Numbers.count(r.docs(), "document")));
            rows.add(List.of(Long.toString(r.rank()), r.term(), Long.toString(r.count()), Numbers.decimal(r.per10k(), 4), Long.toString(r.docs())));
        }
        return new BarChart("Top " + top.size() + " terms",
            "The most frequent words of the " + Numbers.count(counts.documents(), "document") + " (" + Numbers.count(counts.words())
                + " running words; stop words left out), as textlens freq counts them.",
            "occurrences per 10,000 running words", bars, List.of(),
            new Chart.DataTable(List.of("rank", "term", "count", "per 10,000 words", "documents"), rows));
    }

    /** The most over-used terms (G2 > 0) then the most under-used (G2 < 0), half the chart each. */
    private Chart keyness(TermCounts target, TermCounts ref) {
        int half = Math.max(1, settings.top() / 2);
        FreqSettings all = new FreqSettings(settings.minN(), settings.maxN(), settings.foldCase(), settings.base(), settings.stopWords(),
            settings.numbers(), settings.posTags(), settings.minCount(), settings.minLength(), 0);
        List<KeynessRow> ranked = new Keyness(all).compare(target, ref).toList();
        List<KeynessRow> over = ranked.stream().filter(r -> r.g2() > 0).limit(half).toList();
        List<KeynessRow> under = new ArrayList<>(ranked.stream().filter(r -> r.g2() < 0).toList());
        List<KeynessRow> shown = new ArrayList<>(over);
        shown.addAll(under.subList(Math.max(0, under.size() - half), under.size()));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (KeynessRow r : shown) {
            bars.add(new BarChart.Bar(r.term(), r.g2(), r.g2() > 0 ? Palette.POSITIVE : Palette.NEGATIVE,
                r.term() + ": G2 " + Numbers.decimal(r.g2(), 2) + ", p " + Numbers.scientific(r.p(), 3) + ", "
                    + r.count() + " here against " + r.refCount() + " in the reference, log ratio " + Numbers.decimal(r.logRatio(), 2)));
            rows.add(List.of(Long.toString(r.rank()), r.term(), Long.toString(r.count()), Long.toString(r.refCount()),
                Numbers.decimal(r.g2(), 4), Numbers.scientific(r.p(), 3), Numbers.decimal(r.logRatio(), 4)));
        }
        return new BarChart("Keyness against the reference corpus",
            "Terms used more (right) and less (left) than in the reference corpus of " + Numbers.count(ref.words())
                + " words, by signed log-likelihood G2; as textlens freq --reference ranks them.",
            "signed log-likelihood G2 (above 3.84: p < 0.05)", bars,
            List.of(new Chart.LegendItem("over-used here", Palette.POSITIVE), new Chart.LegendItem("under-used here", Palette.NEGATIVE)),
            new Chart.DataTable(List.of("rank", "term", "count", "reference count", "G2", "p", "log ratio"), rows));
    }
}
