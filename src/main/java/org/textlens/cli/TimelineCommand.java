package org.textlens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.textlens.corpus.InputException;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.engine.Runner;
import org.textlens.output.FolderTarget;
import org.textlens.output.OutputFormat;
import org.textlens.output.Row;
import org.textlens.output.RowWriter;
import org.textlens.spill.MemoryBudget;
import org.textlens.spill.SortedRowStore;
import org.textlens.report.TimelinePlot;
import org.textlens.report.chart.ChartFile;
import org.textlens.timeline.Granularity;
import org.textlens.timeline.PeriodRow;
import org.textlens.timeline.Periods;
import org.textlens.timeline.TaggedDocument;
import org.textlens.timeline.TimelineAnalyzer;
import org.textlens.timeline.TimelineRow;
import org.textlens.timeline.TimemlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens timeline}: temporal expressions (TimeML TIMEX3), normalised and ordered in time. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Find dates, times, durations and recurrences, normalise them to TimeML values, and order them in time.",
        "Rows: doc_id,doc_date,sentence,start,end,text,type,value,mod,from,to,context;",
        "with --group-by period,from,to,mentions,documents,examples. Rules and values: docs/timeline.md."},
    footer = {"", "Examples:",
        "  textlens timeline --date 2023-07-18 article.txt",
        "  textlens timeline --all --input-format jsonl --date-field published corpus.jsonl",
        "  textlens timeline --group-by month --input-format jsonl corpus.jsonl",
        "  textlens timeline --input-format timeml --format timeml -o tagged/ corpus/*.tml"})
final class TimelineCommand extends AnalysisCommand {
    @Option(names = "--all", description = "Every expression (durations, sets, undated references too) in text order, streamed; "
        + "default: the timeline, dated DATE and TIME expressions sorted by the first day they cover.")
    boolean all;

    @Option(names = "--group-by", paramLabel = "PERIOD", converter = GranularityConverter.class, completionCandidates = PeriodNames.class,
        description = "day, week (ISO), month or year: one row per period with the expressions that fall inside it.")
    Granularity groupBy;

    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
        description = "Also draw the dated mentions per day, week, month or year (the finest that fits their span) into FILE.")
    Path plot;

    @Override
    String name() {
        return "timeline";
    }

    @Override
    boolean writesTimeml() {
        return true;
    }

    @Override
    void validate() {
        if (all && groupBy != null) {
            throw usageError("--all lists expressions; --group-by counts them per period: choose one");
        }
        if (plot != null && !ChartFile.supported(plot)) {
            throw usageError("--plot writes .svg or .png files, not '" + plot + "'");
        }
        if (output.format == OutputFormat.TIMEML && (all || groupBy != null)) {
            throw usageError("--format timeml writes every expression inline; it takes neither --all nor --group-by");
        }
    }

    @Override
    void run(Session session) throws IOException {
        Runner runner = session.runner(annotation());
        // the timeline and its periods need rows only for dated expressions; --all and TimeML need all
        TimelineAnalyzer analyzer = new TimelineAnalyzer(!all && output.format != OutputFormat.TIMEML);
        TimelinePlot chart = new TimelinePlot();
        Undated undated = new Undated(plot == null ? doc -> { } : doc -> doc.rows().forEach(chart::add));
        if (output.format == OutputFormat.TIMEML) {
            writeTimeml(session, runner, analyzer, undated);
        } else if (groupBy != null) {
            Periods periods = new Periods(groupBy);
            runner.map(session.feed(), analyzer, doc -> {
                undated.note(doc);
                doc.rows().forEach(periods::add);
            });
            try (RowWriter w = session.writer(PeriodRow.SCHEMA, options())) {
                periods.rows().forEach(row -> Rows.write(w, row));
            }
        } else if (all) {
            try (RowWriter w = session.writer(TimelineRow.SCHEMA, options())) {
                runner.map(session.feed(), analyzer, doc -> {
                    undated.note(doc);
                    doc.rows().forEach(row -> Rows.write(w, row));
                });
            }
        } else {
            writeTimeline(session, runner, analyzer, undated);
        }
        undated.report(session);
        if (plot != null) {
            writePlot(chart);
        }
    }

    private void writePlot(TimelinePlot chart) {
        try {
            ChartFile.write(chart.chart().orElseGet(TimelinePlot::empty), plot);
        } catch (IOException e) {
            // a file problem reported as the run's one error line: FILE: what (hint)
            throw new InputException(plot.toString(), "cannot write the plot: " + reason(e), "check that the folder exists and is writable");
        }
    }

    /**
     * The timeline is sorted across documents (by the first day a row covers, then document in
     * input order, then offset), so its rows are held until the input ends: in memory up to a
     * budget, then on disk in sorted runs merged at the end ({@link SortedRowStore}). The worker
     * threads format them as they find them (a CSV or TSV row becomes its line of text, about 300
     * bytes), so that the end of the run is a sort and a copy.
     */
    private void writeTimeline(Session session, Runner runner, TimelineAnalyzer analyzer, Undated undated) throws IOException {
        UnaryOperator<Row> prepare = RowWriter.preparer(output.format, TimelineRow.SCHEMA);
        DocumentAnalyzer<Prepared> preparing = d -> analyzer.analyze(d).map(doc -> new Prepared(doc, doc.rows().stream()
            .filter(TimelineRow::onTimeline).map(r -> new Dated(LocalDate.parse(r.from().orElseThrow()).toEpochDay(), r.start(), prepare.apply(r)))
            .toList()));
        long[] docs = {0};
        try (SortedRowStore rows = new SortedRowStore(MemoryBudget.bytes())) {
            runner.map(session.feed(), preparing, p -> {
                undated.note(p.doc());
                long order = docs[0]++;
                p.rows().forEach(r -> rows.add(r.day(), order, r.start(), r.row()));
            });
            try (RowWriter w = session.writer(TimelineRow.SCHEMA, options())) {
                rows.drain(row -> Rows.write(w, row));
            }
        }
    }

    /** A document's tags and its timeline rows, prepared for writing on the worker thread. */
    private record Prepared(TaggedDocument doc, List<Dated> rows) {
    }

    /** A timeline row with the first day it covers (epoch day) and its offset. */
    private record Dated(long day, int start, Row row) {
    }

    Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("rows", all ? "all" : groupBy != null ? "group-by" : "timeline");
        if (groupBy != null) {
            options.put("group_by", groupBy.name().toLowerCase(java.util.Locale.ROOT));
        }
        return options;
    }

    /** One TimeML document per input document: to stdout or -o FILE in sequence, or one file each into -o FOLDER. */
    private void writeTimeml(Session session, Runner runner, TimelineAnalyzer analyzer, Undated undated) throws IOException {
        Path folder = output.output != null && Files.isDirectory(output.output) ? output.output : null;
        Consumer<TaggedDocument> sink;
        Writer stream = null;
        FolderTarget files = folder == null ? null : new FolderTarget(folder, ".tml");
        if (folder != null) {
            sink = doc -> {
                undated.note(doc);
                try {
                    files.write(doc.doc().id(), out -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        TimemlWriter.write(doc, w);
                        w.flush();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(session.stream(), StandardCharsets.UTF_8));
            stream = w;
            sink = doc -> {
                undated.note(doc);
                try {
                    TimemlWriter.write(doc, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        runner.map(session.feed(), analyzer, sink);
        if (stream != null) {
            stream.flush();
        }
        if (files != null && files.renamed() > 0) {
            session.diagnostics().warn(folder.toString(), files.renamed() + " document(s) had the file name of an earlier one and were "
                + "written with a number added (the first: " + files.firstRenamed().orElseThrow() + ")");
        }
    }

    /**
     * Documents that had relative expressions but no date: reported once for the whole run. Every
     * document passes here, in input order, so {@code seen} also hands it to --plot.
     */
    static final class Undated {
        private final AtomicLong count = new AtomicLong();
        private final AtomicReference<String> first = new AtomicReference<>();
        private final Consumer<TaggedDocument> seen;

        Undated(Consumer<TaggedDocument> seen) {
            this.seen = seen;
        }

        void note(TaggedDocument doc) {
            seen.accept(doc);
            if (doc.lacksDate()) {
                count.incrementAndGet();
                first.compareAndSet(null, doc.doc().id());
            }
        }

        void report(Session session) {
            if (count.get() > 0) {
                session.diagnostics().warn(first.get(), message(count.get()));
            }
        }

        /** The warning for {@code count} documents without a date, the first of which it names. */
        static String message(long count) {
            return count + " document(s) without a date"
                + (count > 1 ? " (this is the first)" : "") + ": relative expressions such as "
                + "'in May' or 'last week' keep underspecified values (XXXX-05, XXXX-WXX) (give --date YYYY-MM-DD, --date-field NAME, "
                + "or TimeML input with a creation time)";
        }
    }

    static final class GranularityConverter implements picocli.CommandLine.ITypeConverter<Granularity> {
        @Override
        public Granularity convert(String value) {
            return EnumConverters.parse(Granularity.class, value);
        }
    }

    static final class PeriodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return EnumConverters.names(Granularity.class).iterator();
        }
    }
}
