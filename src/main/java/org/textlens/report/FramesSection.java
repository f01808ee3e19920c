package org.textlens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.frames.FrameDocumentRow;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.chart.BarChart;
import org.textlens.report.chart.Chart;
import org.textlens.report.chart.Palette;

/**
 * Frames, as {@code textlens frames --level document --primary} decides them: each document's frame
 * scores (present frames in blue), its primary frame in the document list, and across the corpus
 * the share of documents in which each frame is present and how often it is the primary one.
 */
public final class FramesSection implements Section<FramesSection.Found> {
    private final DocumentAnalyzer<FrameDocumentRow> documents;
    private final String scheme;
    private final Map<String, long[]> byFrame = new LinkedHashMap<>();  // documents present, documents primary
    private long documentCount;

    /**
     * @param scheme the scheme's name, for captions
     * @param frames the scheme's frames in their order
     */
    public FramesSection(FramesAnalyzer analyzer, String scheme, List<String> frames) {
        this.documents = analyzer.documents(true);
        this.scheme = scheme;
        frames.forEach(f -> byFrame.put(f, new long[2]));
    }

    @Override
    public String id() {
        return "frames";
    }

    @Override
    public String title() {
        return "Frames";
    }

    @Override
    public List<String> listHeaders() {
        return List.of("primary frame");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(documents.analyze(doc).toList(), scheme);
    }

    @Override
    public void add(DocumentInfo doc, Found found) {
        documentCount++;
        for (FrameDocumentRow r : found.rows) {
            long[] t = byFrame.computeIfAbsent(r.frame(), k -> new long[2]);
            t[0] += r.present() ? 1 : 0;
            t[1] += r.primary() ? 1 : 0;
        }
    }

    @Override
    public void renderCorpus(HtmlOut out) {
        if (documentCount == 0) {
            out.note("No documents.");
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byFrame.entrySet()) {
            long present = e.getValue()[0];
            long primary = e.getValue()[1];
            double share = 100.0 * present / documentCount;
            bars.add(new BarChart.Bar(e.getKey(), share, Palette.BLUE, e.getKey() + ": present in " + Numbers.count(present, "document")
                + " (" + Numbers.decimal(share, 1) + "%), primary in " + primary));
            rows.add(List.of(e.getKey(), Long.toString(present), Numbers.decimal(share, 1), Long.toString(primary)));
        }
        out.figure(new BarChart("Frames across the corpus",
            "Share of the " + Numbers.count(documentCount, "document") + " in which each frame of the " + scheme
                + " scheme is present, as textlens frames --level document decides it.",
            "documents where the frame is present (%)", bars, List.of(),
            new Chart.DataTable(List.of("frame", "documents present", "share %", "primary in"), rows)),
            "frames-corpus", "frame-shares");
    }

    /** One document's frame rows, from the frames analyser. */
    public static final class Found implements Section.Part {
        private final List<FrameDocumentRow> rows;
        private final String scheme;

        Found(List<FrameDocumentRow> rows, String scheme) {
            this.rows = rows;
            this.scheme = scheme;
        }

        @Override
        public List<Cell> cells() {
            return List.of(Cell.text(rows.stream().filter(FrameDocumentRow::primary).map(FrameDocumentRow::frame).findFirst().orElse("")));
        }

        @Override
        public void render(HtmlOut out, DocumentInfo doc) {
            if (rows.stream().allMatch(r -> r.score() == 0)) {
                out.note("No frame cue in this document.");
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> table = new ArrayList<>();
            for (FrameDocumentRow r : rows) {
                bars.add(new BarChart.Bar(r.frame(), r.score(), r.present() ? Palette.BLUE : Palette.NEUTRAL, r.frame() + ": score "
                    + Numbers.decimal(r.score(), 3) + ", share " + Numbers.decimal(r.share(), 3) + (r.present() ? ", present" : ", not present")
                    + (r.primary() ? ", primary" : "")));
                table.add(List.of(r.frame(), Numbers.decimal(r.score(), 3), Numbers.decimal(r.share(), 3), r.present() ? "yes" : "no",
                    r.primary() ? "yes" : ""));
            }
            out.figure(new BarChart("Frame scores",
                "The weight of each " + scheme + " frame's cues in " + doc.id() + "; frames judged present in blue.",
                "cue weight (score)", bars,
                List.of(new Chart.LegendItem("present", Palette.BLUE), new Chart.LegendItem("not present", Palette.NEUTRAL)),
                new Chart.DataTable(List.of("frame", "score", "share", "present", "primary"), table)),
                doc.anchor() + "-frames", "frame-scores");
        }
    }
}
