package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.engine.Runner;
import org.textlens.frames.FrameDocumentRow;
import org.textlens.frames.FrameSentenceRow;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.FramesModel;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.frames.SchemeBuilder;
import org.textlens.lexicon.DicFile;
import org.textlens.output.RowWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens frames}: which frames organise each sentence or document, with the cues that fired. */
@Command(name = "frames", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Find how a story is framed: the frames each sentence signals, or each document's frames.",
        "Rows: doc_id,sentence,start,end,frame,score,cues; with --level document doc_id,frame,score,share,present (+primary).",
        "Schemes, cues and the presence decision: docs/frames.md."},
    footer = {"", "Examples:",
        "  textlens frames article.txt",
        "  textlens frames --level document --scheme policy --primary news/",
        "  textlens frames --level document --input-format tsv --id-field ID corpus.tsv",
        "  textlens frames --level document --model frames.model --explain coded.tsv",
        "  textlens frames --scheme-file my-frames.tsv --dic moral.dic article.txt"})
final class FramesCommand extends AnalysisCommand {
    @Option(names = "--scheme", paramLabel = "NAME", defaultValue = "generic", completionCandidates = Schemes.class,
        description = "generic (conflict, human_interest, economic, morality, responsibility, resolution) or policy "
            + "(the 15 dimensions of the Policy Frames Codebook). Default: ${DEFAULT-VALUE}. "
            + "With --scheme-file or --dic, the built-in scheme is used only when --scheme is given.")
    String scheme;

    @Option(names = "--scheme-file", paramLabel = "FILE",
        description = "A scheme of your own (TSV: frame, cue, weight; cues are words, phrases or @patterns). Repeatable.")
    List<Path> schemeFiles = new ArrayList<>();

    @Option(names = "--dic", paramLabel = "FILE",
        description = "A LIWC-style .dic dictionary: each category is a frame, each entry a cue of weight 1 (prefix* allowed). Repeatable.")
    List<Path> dics = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "sentence", completionCandidates = Levels.class,
        description = "sentence (default): a row per sentence and frame signalled; document: a row per document and frame.")
    String level;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "1",
        description = "Sentence level: only frames whose cues weigh at least X in the sentence. Default: ${DEFAULT-VALUE}.")
    double minScore;

    @Option(names = "--primary", description = "Document level: add a column 'primary', true on the frame whose cues weigh most.")
    boolean primary;

    @Option(names = "--presence", paramLabel = "SCORE,CUES",
        description = "Document level: every frame is present when its score is at least SCORE and at least CUES (default 2) "
            + "different cues fired. Default: the scheme's calibrated score per frame (docs/frames.md), else 3,2.")
    String presenceRule;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "Document level: decide frames with a learned model, a file made by 'textlens train frames', or builtin "
            + "(the generic scheme's model, trained on coded climate articles: docs/learning.md). Default: the rules.")
    String model;

    @Option(names = "--explain", description = "Document level: add an evidence column, the features that weighed most in the model's "
        + "decision, what the others added and the bias ('rules' for a frame the rules decided). Needs --model.")
    boolean explain;

    private Presence presence;

    /** The shipped model that {@code --model builtin} names. */
    static final String BUILTIN_MODEL = "/org/textlens/frames/generic-frames.model";

    @Override
    String name() {
        return "frames";
    }

    @Override
    void validate() {
        if (java.util.Arrays.stream(Scheme.Builtin.values()).noneMatch(b -> b.schemeName().equals(scheme))) {
            throw usageError("--scheme must be generic or policy, not '" + scheme + "'");
        }
        if (!level.equals("sentence") && !level.equals("document")) {
            throw usageError("--level must be sentence or document, not '" + level + "'");
        }
        boolean document = level.equals("document");
        if (!document && (primary || presenceRule != null)) {
            throw usageError((primary ? "--primary" : "--presence") + " works on documents; add --level document");
        }
        if (document && spec.commandLine().getParseResult().hasMatchedOption("--min-score")) {
            throw usageError("--min-score filters sentence rows; at --level document every frame has a row (see --presence)");
        }
        if (!(minScore >= 0)) {
            throw usageError("--min-score must be a number >= 0");
        }
        if (presenceRule != null) {
            presence = parsePresence(presenceRule);
        }
        if (!document && (model != null || explain)) {
            throw usageError((model != null ? "--model" : "--explain") + " works on documents (a frames model decides whole documents); "
                + "add --level document");
        }
        if (explain && model == null) {
            throw usageError("--explain lists a model's evidence; add --model MODEL (sentence rows always carry their cues)");
        }
        if (model != null && (!schemeFiles.isEmpty() || !dics.isEmpty())) {
            throw usageError("--model reads the cues of the built-in scheme it was trained with; it cannot be combined with --scheme-file or --dic");
        }
    }

    private Presence parsePresence(String value) {
        String[] parts = value.split(",");
        try {
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return Presence.uniform(Double.parseDouble(parts[0].strip()),
                parts.length == 2 ? Integer.parseInt(parts[1].strip()) : Presence.DEFAULT_CUES);
        } catch (IllegalArgumentException e) {
            throw usageError("--presence takes SCORE[,CUES], a score >= 0 and a count >= 1, e.g. 1.0,2; not '" + value + "'");
        }
    }

    /** The built-in scheme, unless only --scheme-file or --dic files were given. */
    Optional<Scheme.Builtin> builtinScheme() {
        boolean builtin = schemeFiles.isEmpty() && dics.isEmpty() || spec.commandLine().getParseResult().hasMatchedOption("--scheme");
        return builtin ? Optional.of(Scheme.Builtin.valueOf(scheme.toUpperCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    Scheme scheme() {
        return scheme(builtinScheme(), schemeFiles, dics);
    }

    /** The scheme a model was trained with: its built-in cues (a model cannot be combined with --scheme-file or --dic). */
    static Scheme builtinScheme(String name) {
        return scheme(Optional.of(Scheme.Builtin.valueOf(name.toUpperCase(java.util.Locale.ROOT))), List.of(), List.of());
    }

    /** Builds the scheme from its sources; the Spark job's executors call it with their copies of the files. */
    static Scheme scheme(Optional<Scheme.Builtin> builtin, List<Path> schemeFiles, List<Path> dics) {
        SchemeBuilder builder = new SchemeBuilder();
        builtin.ifPresent(builder::add);
        schemeFiles.forEach(builder::addFile);
        dics.forEach(d -> builder.addDic(DicFile.read(d)));
        return builder.build(builder.describe());
    }

    /** The presence rule: --presence, or the scheme's calibrated one. */
    Presence presence(Scheme frames) {
        return presence != null ? presence : Presence.of(frames);
    }

    boolean documentLevel() {
        return level.equals("document");
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(Scheme frames, Presence rule) {
        return describe(frames, rule, new FramesAnalyzer(frames, rule), null);
    }

    Map<String, Object> describe(Scheme frames, Presence rule, FramesAnalyzer analyzer, FramesModel learned) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("scheme", frames.name());
        options.put("frames", documentLevel() ? analyzer.documentFrames() : frames.frames());
        if (learned != null) {
            options.put("model", Models.describe(model, learned.file()));
        }
        options.put("cues", frames.size());
        options.put("level", level);
        if (documentLevel()) {
            Map<String, Object> scores = new LinkedHashMap<>();
            frames.frames().forEach(f -> scores.put(f, rule.score(f)));
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("scores", scores);
            described.put("cues", rule.distinctCues());
            options.put("presence", described);
            options.put("primary", primary);
            if (learned != null) {
                options.put("explain", explain);
            }
        } else {
            options.put("min_score", minScore);
        }
        return options;
    }

    /** The --model, read and checked against --scheme (null without one). */
    FramesModel learned() {
        FramesModel learned = model == null ? null : FramesModel.of(Models.read(model, FramesModel.KIND, BUILTIN_MODEL), model);
        if (learned != null && spec.commandLine().getParseResult().hasMatchedOption("--scheme") && !learned.scheme().equals(scheme)) {
            throw usageError("the model was trained on the " + learned.scheme() + " scheme's cues; drop --scheme or give --scheme "
                + learned.scheme());
        }
        return learned;
    }

    @Override
    void run(Session session) throws IOException {
        FramesModel learned = learned();
        Scheme frames = learned != null ? builtinScheme(learned.scheme()) : scheme();
        Presence rule = presence(frames);
        FramesAnalyzer analyzer = new FramesAnalyzer(frames, rule, learned);
        Runner runner = session.runner(annotation());
        Map<String, Object> options = describe(frames, rule, analyzer, learned);
        if (documentLevel()) {
            try (RowWriter w = session.writer(FrameDocumentRow.schema(primary, explain), options)) {
                runner.map(session.feed(), analyzer.documents(primary, explain), row -> Rows.write(w, row));
            }
        } else {
            try (RowWriter w = session.writer(FrameSentenceRow.SCHEMA, options)) {
                runner.map(session.feed(), analyzer.sentences(minScore), row -> Rows.write(w, row));
            }
        }
    }

    static final class Schemes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("generic", "policy").iterator();
        }
    }

    static final class Levels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("sentence", "document").iterator();
        }
    }
}
