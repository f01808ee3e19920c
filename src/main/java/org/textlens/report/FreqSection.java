package org.textlens.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
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
    static final String ID = "terms";
    static final String TITLE = "Terms";

    /** Freq contributes to the corpus view only. */
    public enum Counted implements Section.Part { DOCUMENT }

    /** A term's count and documents over the corpus (or a part of it). */
    public record TermCount(String term, long count, long docs) implements Serializable {
        public TermCount plus(TermCount o) {
            return new TermCount(term, count + o.count, docs + o.docs);
        }
    }

    /** freq's order: count descending, then term; the top of a list in this order is ranked by {@link #data}. */
    public static final Comparator<TermCount> ORDER = (Comparator<TermCount> & Serializable) (a, b) -> {
        int c = Long.compare(b.count(), a.count());
        return c != 0 ? c : a.term().compareTo(b.term());
    };

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
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
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

    /** The counts so far: every term, and the running words and documents they were counted in. */
    public TermCounts counts() {
        return fold.result();
    }

    /** Every counted term of {@code counts} (at least freq's --min-count), in no order. */
    public List<TermCount> terms(TermCounts counts) {
        List<TermCount> all = new ArrayList<>();
        counts.forEachTerm((term, count, docs) -> {
            if (count >= settings.minCount()) {
                all.add(new TermCount(term, count, docs));
            }
        });
        return all;
    }

    @Override
    public Data corpusView() {
        TermCounts counts = fold.result();
        List<TermCount> all = terms(counts);
        all.sort(ORDER);
        Data data = data(all.subList(0, Math.min(settings.top(), all.size())), counts.words(), counts.documents());
        return reference.filter(ref -> counts.words() > 0).map(ref -> data.withKeyness(ref.words(), keyness(counts, ref))).orElse(data);
    }

    /**
     * The view from the first {@code top} terms in {@link #ORDER} (the terms of the whole corpus,
     * wherever they were added up), with freq's competition ranks (1, 1, 3).
     */
    public Data data(List<TermCount> top, long words, long documents) {
        FreqAnalyzer analyzer = new FreqAnalyzer(settings, false);
        List<FreqRow> rows = new ArrayList<>(top.size());
        long rank = 0;
        for (int i = 0; i < top.size() && i < settings.top(); i++) {
            TermCount t = top.get(i);
            if (i == 0 || t.count() != top.get(i - 1).count()) {
                rank = i + 1;
            }
            rows.add(analyzer.row(rank, t.term(), t.count(), t.docs(), words, documents));
        }
        return new Data(rows, words, documents, Optional.empty());
    }

    /** The most over-used terms (G2 > 0) then the most under-used (G2 < 0), half the chart each. */
    private List<KeynessRow> keyness(TermCounts target, TermCounts ref) {
        int half = Math.max(1, settings.top() / 2);
        FreqSettings all = new FreqSettings(settings.minN(), settings.maxN(), settings.foldCase(), settings.base(), settings.stopWords(),
            settings.numbers(), settings.posTags(), settings.minCount(), settings.minLength(), 0);
        List<KeynessRow> ranked = new Keyness(all).compare(target, ref).toList();
        List<KeynessRow> over = ranked.stream().filter(r -> r.g2() > 0).limit(half).toList();
        List<KeynessRow> under = new ArrayList<>(ranked.stream().filter(r -> r.g2() < 0).toList());
        List<KeynessRow> shown = new ArrayList<>(over);
        shown.addAll(under.subList(Math.max(0, under.size() - half), under.size()));
        return shown;
    }

    /** Keyness against a reference of {@code words} running words: the rows shown. */
    record Keyed(long words, List<KeynessRow> rows) {
    }

    /** The terms' corpus view: freq's top rows, and the keyness rows shown when there is a reference. */
    public record Data(List<FreqRow> rows, long words, long documents, Optional<Keyed> keyness) implements CorpusView {
        private static final List<String> TERMS = List.of("rank", "term", "count", "documents");
        private static final List<String> KEYNESS = List.of("rank", "term", "count", "reference_count", "g2", "p", "log_ratio", "pct_diff");

        Data withKeyness(long referenceWords, List<KeynessRow> shown) {
            return new Data(rows, words, documents, Optional.of(new Keyed(referenceWords, shown)));
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
        public void render(HtmlOut out) {
            if (rows.isEmpty()) {
                out.note("No words to count.");
            } else {
                out.figure(topTerms(), "terms-top", "top-terms");
            }
            keyness.ifPresent(k -> out.figure(keynessChart(k), "terms-keyness", "keyness"));
        }

        @Override
        public void write(DataTables out) {
            out.value("term_words", words);
            out.value("term_documents", documents);
            out.table("terms.csv", TERMS, rows.stream().map(r -> List.of(Long.toString(r.rank()), r.term(), Long.toString(r.count()),
                Long.toString(r.docs()))).toList());
            out.value("reference_words", keyness.map(k -> Long.toString(k.words())).orElse(""));
            out.table("keyness.csv", KEYNESS, keyness.map(Keyed::rows).orElse(List.of()).stream().map(r -> List.of(Long.toString(r.rank()),
                r.term(), Long.toString(r.count()), Long.toString(r.refCount()), Double.toString(r.g2()), Double.toString(r.p()),
                Double.toString(r.logRatio()), Double.toString(r.pctDiff()))).toList());
        }

        static Data read(DataTables.Reader in, FreqSettings settings) {
            long words = in.count("term_words");
            long documents = in.count("term_documents");
            FreqAnalyzer analyzer = new FreqAnalyzer(settings, false);
            List<FreqRow> rows = in.rows("terms.csv", TERMS).stream().map(r -> analyzer.row(in.parseLong("terms.csv", r.get(0)), r.get(1),
                in.parseLong("terms.csv", r.get(2)), in.parseLong("terms.csv", r.get(3)), words, documents)).toList();
            String refWords = in.value("reference_words");
            Optional<Keyed> keyness = Optional.empty();
            if (!refWords.isEmpty()) {
                String f = "keyness.csv";
                keyness = Optional.of(new Keyed(in.parseLong(DataTables.VALUES, refWords), in.rows(f, KEYNESS).stream()
                    .map(r -> new KeynessRow(in.parseLong(f, r.get(0)), r.get(1), in.parseLong(f, r.get(2)), in.parseLong(f, r.get(3)),
                        in.parseDouble(f, r.get(4)), in.parseDouble(f, r.get(5)), in.parseDouble(f, r.get(6)), in.parseDouble(f, r.get(7))))
                    .toList()));
            }
            return new Data(rows, words, documents, keyness);
        }

        private Chart topTerms() {
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> table = new ArrayList<>();
            for (FreqRow r : rows) {
                bars.add(new BarChart.Bar(r.term(), r.per10k(), Palette.BLUE, r.term() + ": " + Numbers.count(r.count()) + " times ("
                    + Numbers.decimal(r.per10k(), 1) + " per 10,000 words) in " + Numbers.count(r.docs(), "document")));
                table.add(List.of(Long.toString(r.rank()), r.term(), Long.toString(r.count()), Numbers.decimal(r.per10k(), 4), Long.toString(r.docs())));
            }
            return new BarChart("Top " + rows.size() + " terms",
                "The most frequent words of the " + Numbers.count(documents, "document") + " (" + Numbers.count(words)
                    + " running words; stop words left out), as textlens freq counts them.",
                "occurrences per 10,000 running words", bars, List.of(),
                new Chart.DataTable(List.of("rank", "term", "count", "per 10,000 words", "documents"), table));
        }

        private static Chart keynessChart(Keyed k) {
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> table = new ArrayList<>();
            for (KeynessRow r : k.rows()) {
                bars.add(new BarChart.Bar(r.term(), r.g2(), r.g2() > 0 ? Palette.POSITIVE : Palette.NEGATIVE,
                    r.term() + ": G2 " + Numbers.decimal(r.g2(), 2) + ", p " + Numbers.scientific(r.p(), 3) + ", "
                        + r.count() + " here against " + r.refCount() + " in the reference, log ratio " + Numbers.decimal(r.logRatio(), 2)));
                table.add(List.of(Long.toString(r.rank()), r.term(), Long.toString(r.count()), Long.toString(r.refCount()),
                    Numbers.decimal(r.g2(), 4), Numbers.scientific(r.p(), 3), Numbers.decimal(r.logRatio(), 4)));
            }
            return new BarChart("Keyness against the reference corpus",
                "Terms used more (right) and less (left) than in the reference corpus of " + Numbers.count(k.words())
                    + " words, by signed log-likelihood G2; as textlens freq --reference ranks them.",
                "signed log-likelihood G2 (above 3.84: p < 0.05)", bars,
                List.of(new Chart.LegendItem("over-used here", Palette.POSITIVE), new Chart.LegendItem("under-used here", Palette.NEGATIVE)),
                new Chart.DataTable(List.of("rank", "term", "count", "reference count", "G2", "p", "log ratio"), table));
        }
    }
}
