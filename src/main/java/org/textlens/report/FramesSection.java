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
    static final String ID = "frames";
    static final String TITLE = "Frames";

    private final DocumentAnalyzer<FrameDocumentRow> documents;
    private final String scheme;
    private final Tally tally;

    /**
     * @param scheme the scheme's name, for captions
     * @param frames the scheme's frames in their order
     */
    public FramesSection(FramesAnalyzer analyzer, String scheme, List<String> frames) {
        this.documents = analyzer.documents(true);
        this.scheme = scheme;
        this.tally = new Tally(frames);
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
        return List.of("primary frame");
    }

    @Override
    public Found analyze(AnnotatedDocument doc) {
        return new Found(documents.analyze(doc).toList(), scheme);
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
        return tally.data(scheme);
    }

    /** Per frame the documents in which it is present and those in which it is primary, and the documents. */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, long[]> byFrame = new LinkedHashMap<>();
        private long documents;

        Tally(List<String> frames) {
            frames.forEach(f -> byFrame.put(f, new long[2]));
        }

        void add(Found found) {
            documents++;
            for (FrameDocumentRow r : found.rows) {
                long[] t = byFrame.computeIfAbsent(r.frame(), k -> new long[2]);
                t[0] += r.present() ? 1 : 0;
                t[1] += r.primary() ? 1 : 0;
            }
        }

        public Tally merge(Tally o) {
            documents += o.documents;
            o.byFrame.forEach((f, t) -> {
                long[] mine = byFrame.computeIfAbsent(f, k -> new long[2]);
                mine[0] += t[0];
                mine[1] += t[1];
            });
            return this;
        }

        Data data(String scheme) {
            List<Data.FrameDocuments> frames = new ArrayList<>();
            byFrame.forEach((f, t) -> frames.add(new Data.FrameDocuments(f, t[0], t[1])));
            return new Data(scheme, documents, frames);
        }
    }

    /** The corpus view: per frame of the scheme, the documents in which it is present and primary. */
    public record Data(String scheme, long documents, List<FrameDocuments> frames) implements CorpusView {
        private static final List<String> HEADER = List.of("frame", "documents_present", "documents_primary");

        /** One frame's documents. */
        public record FrameDocuments(String frame, long present, long primary) {
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
            out.value("frame_documents", documents);
            out.table("frames.csv", HEADER, frames.stream()
                .map(f -> List.of(f.frame(), Long.toString(f.present()), Long.toString(f.primary()))).toList());
        }

        static Data read(DataTables.Reader in, String scheme) {
            return new Data(scheme, in.count("frame_documents"), in.rows("frames.csv", HEADER).stream()
                .map(r -> new FrameDocuments(r.get(0), in.parseLong("frames.csv", r.get(1)), in.parseLong("frames.csv", r.get(2)))).toList());
        }

        @Override
        public void render(HtmlOut out) {
            if (documents == 0) {
                out.note("No documents.");
                return;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (FrameDocuments f : frames) {
                double share = 100.0 * f.present() / documents;
                bars.add(new BarChart.Bar(f.frame(), share, Palette.BLUE, f.frame() + ": present in " + Numbers.count(f.present(), "document")
                    + " (" + Numbers.decimal(share, 1) + "%), primary in " + f.primary()));
                rows.add(List.of(f.frame(), Long.toString(f.present()), Numbers.decimal(share, 1), Long.toString(f.primary())));
            }
            out.figure(new BarChart("Frames across the corpus",
                "Share of the " + Numbers.count(documents, "document") + " in which each frame of the " + scheme
                    + " scheme is present, as textlens frames --level document decides it.",
                "documents where the frame is present (%)", bars, List.of(),
                new Chart.DataTable(List.of("frame", "documents present", "share %", "primary in"), rows)),
                "frames-corpus", "frame-shares");
        }
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
