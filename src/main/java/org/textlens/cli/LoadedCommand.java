package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.textlens.attribution.Attributions;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.corpus.Diagnostics;
import org.textlens.engine.DocumentAnalyzer;
import org.textlens.engine.Runner;
import org.textlens.lexicon.DicFile;
import org.textlens.loaded.Category;
import org.textlens.loaded.DicImport;
import org.textlens.loaded.LexiconEntry;
import org.textlens.loaded.HitRow;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.loaded.LoadedModel;
import org.textlens.loaded.RepeatedSentences;
import org.textlens.loaded.SummaryRow;
import org.textlens.output.RowWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens loaded}: loaded terms, each with its category, a reason and a neutral alternative. */
@Command(name = "loaded", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Find loaded terms, each with why it is loaded and what a neutral writer would say.",
        "Categories: labels, contested names, emotive and exaggerated wording, doubt-casting, judging attribution verbs,",
        "presuppositions, euphemisms and fear words.",
        "Rows: doc_id,sentence,start,end,term,category,weight,alternative,reason (+speaker with --speakers,",
        "+explanation with --explain, +context with --context);",
        "with --summary doc_id,words,hits,per_1000,loadedness, one count per category, other.",
        "Categories and rules: docs/loaded.md; lexicon format: docs/lexicons.md."},
    footer = {"", "Examples:",
        "  textlens loaded --context article.txt",
        "  textlens loaded --speakers article.txt       # whose words each hit is",
        "  textlens loaded --model my.model --explain articles/",
        "  textlens loaded --summary --input-format jsonl --text-field body corpus.jsonl",
        "  textlens loaded --categories label,contested-name --format jsonl news/ | jq -r '.term'",
        "  textlens loaded --lexicon newsroom.csv article.txt"})
final class LoadedCommand extends AnalysisCommand {
    @Option(names = "--context", description = "Add a context column: the text of the sentence of each hit.")
    boolean context;

    @Option(names = "--speakers", description = "Add a speaker column: who is quoted when a hit stands inside a direct quotation "
        + "(\"(unattributed)\" when no speaker was found; empty for the text's own words). Tags the sentences around quotations: slower.")
    boolean speakers;

    @Option(names = "--summary", description = "One row per document: words, hits, hits per 1,000 words, loadedness, hits per category.")
    boolean summary;

    @Option(names = "--categories", paramLabel = "A,B", split = ",",
        description = "Only these categories: label, contested-name, emotive, exaggeration, doubt, stance-verb, presupposition, "
            + "euphemism, fear (and categories of --dic files).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--min-weight", paramLabel = "W", defaultValue = "0",
        description = "Only hits whose entry weighs at least W (0..1). Default: ${DEFAULT-VALUE}.")
    double minWeight;

    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra entries (CSV or TSV: term, category, weight, alternative, reason, flags); they extend the built-in "
            + "lexicon and override its entries for the same term. Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--dic", paramLabel = "FILE",
        description = "Import a LIWC-style .dic category dictionary (prefix wildcards such as abandon*) as category-only "
            + "entries, reported under the dictionary's category names. Repeatable.")
    List<Path> dics = new ArrayList<>();

    @Option(names = "--skip-repeats",
        description = "Report a sentence's hits only in the first document it occurs in: sentences repeated word for word "
            + "across documents (polls, newsletter boxes, syndication lines of scraped pages) count once. Not with --summary.")
    boolean skipRepeats;

    @Option(names = "--no-builtin", description = "Use only the --lexicon and --dic files, not the built-in lexicon.")
    boolean noBuiltin;

    @Option(names = "--model", paramLabel = "MODEL",
        description = "Report the spans of a span tagger trained with 'textlens train loaded' instead of the lexicon's hits: a span "
            + "holding a lexicon entry keeps its category, reason and alternative; any other gets the trained label (or 'learned'), "
            + "the model's confidence as weight and the deciding features as reason.")
    Path model;

    @Option(names = "--explain", description = "With --model: add an explanation column, the features that decided each span.")
    boolean explain;

    @Override
    String name() {
        return "loaded";
    }

    @Override
    void validate() {
        if (noBuiltin && lexicons.isEmpty() && dics.isEmpty()) {
            throw usageError("--no-builtin needs at least one --lexicon or --dic FILE");
        }
        if (summary && context) {
            throw usageError("--context adds a column to hit rows; it cannot be combined with --summary");
        }
        if (summary && speakers) {
            throw usageError("--speakers adds a column to hit rows; it cannot be combined with --summary");
        }
        if (model != null && (noBuiltin || !lexicons.isEmpty() || !dics.isEmpty())) {
            throw usageError("--model reads the built-in lexicon its features were trained with; it cannot be combined with "
                + "--lexicon, --dic or --no-builtin");
        }
        if (model != null && summary) {
            throw usageError("--model reports spans as rows; it cannot be combined with --summary");
        }
        if (explain && model == null) {
            throw usageError("--explain lists the features that decided a learned span; it needs --model MODEL");
        }
        if (summary && skipRepeats) {
            throw usageError("--skip-repeats filters hit rows; it cannot be combined with --summary");
        }
        if (!(minWeight >= 0 && minWeight <= 1)) {
            throw usageError("--min-weight must be between 0 and 1, not " + minWeight);
        }
        if (dics.isEmpty() && model == null) {
            checkCategories(Set.of());
        }
    }

    /** With a model, --categories may also name the model's span types. */
    private void checkLearnedCategories(LoadedModel m) {
        for (String c : categories) {
            if (Category.of(c.strip()).isEmpty() && !m.types().contains(c.strip())) {
                throw usageError("unknown category '" + c.strip() + "' in --categories (use " + String.join(", ", Category.ids())
                    + ", or one of the model's types " + String.join(", ", m.types()) + ")");
            }
        }
    }

    /** Every --categories name must be built in or declared by a --dic file. */
    private void checkCategories(Set<String> declared) {
        for (String c : categories) {
            if (Category.of(c.strip()).isEmpty() && !declared.contains(c.strip())) {
                throw usageError("unknown category '" + c.strip() + "' in --categories (use " + String.join(", ", Category.ids())
                    + (declared.isEmpty() ? "" : ", or one of the --dic categories " + String.join(", ", declared)) + ")");
            }
        }
    }

    /** The categories chosen with --categories, in order. */
    Set<String> chosen() {
        Set<String> chosen = new LinkedHashSet<>();
        categories.forEach(c -> chosen.add(c.strip()));
        return chosen;
    }

    /** The lexicon of the built-in entries, --dic and --lexicon files; unknown --categories are a usage error. */
    LoadedLexicon lexicon(Diagnostics diagnostics) {
        return lexicon(!noBuiltin, lexicons, dics, chosen(), diagnostics, this::checkCategories);
    }

    /**
     * Builds the lexicon from its sources; {@code declared} checks the categories the .dic files
     * declare. The Spark job's executors call it with their copies of the files.
     */
    static LoadedLexicon lexicon(boolean builtin, List<Path> lexicons, List<Path> dics, Set<String> chosen, Diagnostics diagnostics,
                                 Consumer<Set<String>> declared) {
        List<LexiconEntry> imported = new ArrayList<>();
        Set<String> categoriesOfDics = new LinkedHashSet<>();
        for (Path dic : dics) {
            DicFile file = DicFile.read(dic);
            categoriesOfDics.addAll(file.categories());
            imported.addAll(DicImport.entries(file, chosen));
            if (file.skippedConditions() > 0) {
                diagnostics.warn(dic.toString(), file.skippedConditions()
                    + " conditional category reference(s) skipped (LIWC 2007 '<word>a/b' forms are not supported)");
            }
        }
        declared.accept(categoriesOfDics);
        return LoadedLexicon.load(builtin, imported, lexicons, chosen);
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(LoadedLexicon lexicon) {
        Set<String> chosen = chosen();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("summary", summary);
        options.put("context", context);
        options.put("speakers", speakers);
        options.put("categories", chosen.isEmpty() ? Category.ids() : List.copyOf(chosen));
        options.put("min_weight", minWeight);
        options.put("skip_repeats", skipRepeats);
        options.put("lexicon", noBuiltin ? "user" : "builtin");
        options.put("lexicon_files", lexicons.stream().map(Path::toString).toList());
        options.put("dic_files", dics.stream().map(Path::toString).toList());
        options.put("lexicon_entries", lexicon.size());
        if (model != null) {
            options.put("model", model.toString());
            options.put("explain", explain);
        }
        return options;
    }

    @Override
    void run(Session session) throws IOException {
        Optional<LoadedModel> learned = learned();
        LoadedLexicon lexicon = lexicon(session.diagnostics(), learned);
        LoadedAnalyzer analyzer = analyzer(lexicon, learned.isPresent(), minWeight, speakers);
        Runner runner = session.runner(annotation());
        Map<String, Object> options = describe(lexicon);
        if (summary) {
            try (RowWriter w = session.writer(SummaryRow.SCHEMA, options)) {
                runner.map(session.feed(), analyzer.summaries(), row -> Rows.write(w, row));
            }
        } else {
            try (RowWriter w = session.writer(HitRow.schema(speakers, explain, context), options)) {
                Predicate<HitRow> keep = skipRepeats ? new RepeatedSentences() : row -> true;
                DocumentAnalyzer<HitRow> rows = hitRows(analyzer, learned, context, skipRepeats, explain, chosen(), minWeight);
                runner.map(session.feed(), rows, row -> {
                    if (keep.test(row)) {
                        Rows.write(w, row);
                    }
                });
            }
        }
    }

    /** The --model tagger, read and checked; empty without --model. */
    Optional<LoadedModel> learned() {
        return Optional.ofNullable(model).map(LoadedModel::read);
    }

    /**
     * The lexicon of the run: with a model, the whole built-in lexicon its features come from
     * (--categories and --min-weight then choose rows, and may name the model's types).
     */
    LoadedLexicon lexicon(Diagnostics diagnostics, Optional<LoadedModel> learned) {
        return learned.isEmpty() ? lexicon(diagnostics)
            : lexicon(true, List.of(), List.of(), Set.of(), diagnostics, declared -> checkLearnedCategories(learned.get()));
    }

    /** The analyser: the lexicon's, with no weight floor under a model (it chooses rows itself), and the speakers' finder if asked. */
    static LoadedAnalyzer analyzer(LoadedLexicon lexicon, boolean learned, double minWeight, boolean speakers) {
        return new LoadedAnalyzer(lexicon, learned ? 0 : minWeight,
            speakers ? Optional.of(new Attributions(SpeechVerbs.load(true, List.of()))) : Optional.empty());
    }

    /** Hit rows: the model's spans, or the lexicon's hits; {@code sentenceKeys} for --skip-repeats. */
    static DocumentAnalyzer<HitRow> hitRows(LoadedAnalyzer analyzer, Optional<LoadedModel> learned, boolean context, boolean sentenceKeys,
                                            boolean explain, Set<String> chosen, double minWeight) {
        return learned.isPresent()
            ? analyzer.learned(learned.get(), new LoadedAnalyzer.LearnedOptions(context, sentenceKeys, explain, chosen, minWeight))
            : analyzer.hits(context, sentenceKeys);
    }
}
