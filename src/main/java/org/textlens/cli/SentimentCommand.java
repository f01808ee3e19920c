package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.engine.Runner;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import org.textlens.output.Row;
import org.textlens.output.RowWriter;
import org.textlens.report.SentimentPlot;
import org.textlens.report.chart.ChartFile;
import org.textlens.sentiment.SentenceRow;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.SummaryRow;
import org.textlens.sentiment.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens sentiment}: sentence-level sentiment with its evidence, or per-document summaries. */
@Command(name = "sentiment", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Score the sentiment of every sentence: VADER-style rules for news, weighed by the shipped news model (--model).",
        "Rows: doc_id,sentence,start,end,compound,pos,neu,neg,label,text (+evidence with --explain);",
        "with --summary doc_id,sentences,mean,median,stdev,share_positive,share_neutral,share_negative,min_sentence,max_sentence.",
        "Scores and rules: docs/sentiment.md."},
    footer = {"", "Examples:",
        "  textlens sentiment --explain article.txt",
        "  textlens sentiment --summary --input-format jsonl --text-field body corpus.jsonl",
        "  textlens sentiment --unit document --explain headlines.txt",
        "  textlens sentiment --model rules article.txt",
        "  textlens sentiment --format jsonl news/ | jq -c 'select(.label == \"negative\") | {doc_id, text}'"})
final class SentimentCommand extends AnalysisCommand {
    /** The shipped model that {@code --model builtin} names. */
    static final String BUILTIN_MODEL = SentimentModel.BUILTIN_RESOURCE;

    @Option(names = "--explain", description = "Add an evidence column: every word or phrase that moved the score, with its final weight "
        + "(with --model: the features that weighed most, what the others added, and the bias).")
    boolean explain;

    @Option(names = "--summary", description = "One row per document instead of one per sentence.")
    boolean summary;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "sentence", completionCandidates = Units.class,
        description = "sentence (default), or document: score each whole document as one unit, as VADER does (posts, reviews, headlines).")
    String unit;

    @Option(names = "--thresholds", paramLabel = "NEG,POS", defaultValue = "-0.05,0.05",
        description = "Compound at or below NEG is negative, at or above POS positive. Default: the model's own "
            + "(the shipped one: -0.13,0.13), or ${DEFAULT-VALUE} for the rules and models without thresholds.")
    String thresholds;

    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra lexicon (TSV: term, valence -4..4; multi-word terms allowed); overrides built-in entries. Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
        description = "Also draw one chart into FILE: a single document's sentiment arc, or the documents' mean sentiment "
            + "over their dates (or its distribution when they have fewer than two dates).")
    Path plot;

    @Option(names = "--no-builtin", description = "Use only the --lexicon files, not the built-in VADER, appraisal and news lexicons.")
    boolean noBuiltin;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "builtin (the default: the shipped news model, which reads the rules' verdict among its features and "
            + "labels at its own thresholds), rules (the rules alone, as textlens 0.1 scored), or a file made by "
            + "'textlens train sentiment'. With --no-builtin the default is rules. Details: docs/learning.md.")
    String model;

    /** {@code --model rules}: the lexicon and rules alone. */
    static final String RULES = "rules";

    Thresholds limits;

    @Override
    String name() {
        return "sentiment";
    }

    @Override
    void validate() {
        String[] parts = thresholds.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            limits = new Thresholds(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            throw usageError("--thresholds takes two numbers NEG,POS with NEG <= POS, e.g. -0.05,0.05; not '" + thresholds + "'");
        }
        if (noBuiltin && lexicons.isEmpty()) {
            throw usageError("--no-builtin needs at least one --lexicon FILE");
        }
        if (!unit.equals("sentence") && !unit.equals("document")) {
            throw usageError("--unit must be sentence or document, not '" + unit + "'");
        }
        if (summary && unit.equals("document")) {
            throw usageError("--summary summarises sentences; with --unit document every document already has one row");
        }
        if (plot != null && !ChartFile.supported(plot)) {
            throw usageError("--plot writes .svg or .png files, not '" + plot + "'");
        }
        if (plot != null && unit.equals("document")) {
            throw usageError("--plot charts sentence scores; it cannot be combined with --unit document");
        }
        if (summary && explain) {
            throw usageError("--explain works on sentence rows; it cannot be combined with --summary");
        }
        if (noBuiltin && Models.BUILTIN.equals(model)) {
            throw usageError("the shipped model reads the built-in lexicons; with --no-builtin use --model rules or a model you trained");
        }
    }

    private SentimentModel learned;

    /** The model that scores: the one --model names, the shipped one by default, none for the rules alone (read once). */
    SentimentModel learnedModel() {
        String name = effectiveModel();
        if (learned == null && name != null) {
            learned = readModel(name);
        }
        return learned;
    }

    /** The sentiment model {@code value} names: builtin, or a model file. */
    static SentimentModel readModel(String value) {
        if (value.equals(Models.BUILTIN)) {
            return SentimentModel.builtin();
        }
        return SentimentModel.of(Models.read(value, SentimentModel.KIND, BUILTIN_MODEL), value);
    }

    /** The --model value in effect: null for the rules. */
    String effectiveModel() {
        if (model == null) {
            return noBuiltin ? null : Models.BUILTIN;
        }
        return model.equals(RULES) ? null : model;
    }

    /** The label thresholds: --thresholds when given, else the model's own, else the default. */
    Thresholds effectiveThresholds() {
        SentimentModel m = learnedModel();
        if (m != null && m.thresholds().isPresent() && !spec.commandLine().getParseResult().hasMatchedOption("--thresholds")) {
            return m.thresholds().get();
        }
        return limits;
    }

    @Override
    void run(Session session) throws IOException {
        SentimentLexicon lexicon = SentimentLexicon.load(!noBuiltin, lexicons);
        SentimentModel learned = learnedModel();
        SentimentAnalyzer analyzer = new SentimentAnalyzer(lexicon, effectiveThresholds(), learned);
        Runner runner = session.runner(annotation());
        Map<String, Object> options = describe(lexicon);
        DocumentAnalyzer<? extends Row> rows = summary ? analyzer.summaries()
            : unit.equals("document") ? analyzer.wholeDocuments(explain) : analyzer.sentences(explain);
        try (RowWriter w = session.writer(summary ? SummaryRow.SCHEMA : explain ? SentenceRow.SCHEMA_EXPLAINED : SentenceRow.SCHEMA, options)) {
            if (plot == null) {
                runner.map(session.feed(), rows, row -> Rows.write(w, row));
            } else {
                writeWithPlot(session, runner, analyzer, rows, w);
            }
        }
    }

    /** What one document gave: the rows to write, and its sentences and summary for the chart. */
    private record Scored(Document doc, List<? extends Row> rows, List<SentenceRow> sentences, SummaryRow summary) {
    }

    private void writeWithPlot(Session session, Runner runner, SentimentAnalyzer analyzer, DocumentAnalyzer<? extends Row> rows,
                               RowWriter w) throws IOException {
        DocumentAnalyzer<SentenceRow> sentences = analyzer.sentences(false);
        DocumentAnalyzer<SummaryRow> summaries = analyzer.summaries();
        SentimentPlot chart = new SentimentPlot();
        runner.map(session.feed(), doc -> Stream.of(new Scored(doc.doc(), rows.analyze(doc).toList(), sentences.analyze(doc).toList(),
            summaries.analyze(doc).findFirst().orElseThrow())), scored -> {
                scored.rows().forEach(row -> Rows.write(w, row));
                chart.add(scored.doc(), scored.sentences(), scored.summary());
            });
        try {
            ChartFile.write(chart.chart(), plot);
        } catch (IOException e) {
            // a file problem reported as the run's one error line: FILE: what (hint)
            throw new InputException(plot.toString(), "cannot write the plot: " + reason(e), "check that the folder exists and is writable");
        }
    }

    /** Whole-document scoring needs no sentence model. */
    @Override
    AnnotationRequest annotation() {
        SentenceMode sentences = unit.equals("document") ? SentenceMode.PARAGRAPH : SentenceMode.MODEL;
        return new AnnotationRequest(sentences, TokenizerKind.WORD, false);
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(SentimentLexicon lexicon) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("unit", unit);
        options.put("summary", summary);
        options.put("explain", explain);
        Thresholds t = effectiveThresholds();
        options.put("thresholds", List.of(t.negative(), t.positive()));
        options.put("lexicon", noBuiltin ? "user" : "vader+appraisal+news");
        options.put("lexicon_files", lexicons.stream().map(Path::toString).toList());
        options.put("lexicon_entries", lexicon.size());
        SentimentModel m = learnedModel();
        options.put("model", m == null ? RULES : Models.describe(effectiveModel(), m.file()));
        return options;
    }

    static final class Units implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("sentence", "document").iterator();
        }
    }
}
