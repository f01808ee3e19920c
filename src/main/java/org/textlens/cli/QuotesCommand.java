package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textlens.attribution.Statement;
import org.textlens.engine.Runner;
import org.textlens.output.RowWriter;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.quotes.SpeakerRow;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.quotes.StatementRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens quotes}: who is quoted, directly or in reported speech, and with which verb. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Find who is quoted: direct quotes, reported speech and other attributions, each with its speaker and verb.",
        "Quotations in every common quote mark (\"…\", “…”, „…“, «…», '…'), reported speech",
        "(\"X said that …\", \"according to X, …\"), documents (\"the report found\"), beliefs, intentions,",
        "refusals (\"declined to comment\") and endorsements.",
        "Rows: doc_id,sentence,start,end,speaker,speaker_start,speaker_end,speaker_status,verb,kind,text",
        "(kind: direct, indirect, according_to, written, belief, intention, refusal, endorsement;",
        "speaker_status: resolved, described, pronoun, anonymous, unresolved);",
        "with --summary doc_id,speaker,statements,direct,indirect,words,share.",
        "Rules: docs/quotes.md."},
    footer = {"", "Examples:",
        "  textlens quotes article.txt",
        "  textlens quotes --summary --input-format jsonl --text-field body corpus.jsonl",
        "  textlens quotes --format jsonl news/ | jq -r 'select(.kind == \"direct\") | .speaker' | sort | uniq -c | sort -rn"})
final class QuotesCommand extends AnalysisCommand {
    @Option(names = "--summary", description = "One row per document and speaker (statements and words attributed), the dominant voice first.")
    boolean summary;

    @Option(names = "--kinds", paramLabel = "KIND[,KIND...]", split = ",",
        description = "Report only these kinds: direct, indirect, according_to, written, belief, intention, refusal, endorsement (default: all).")
    List<String> kindNames = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra speech verbs (TSV: verb, complement clause|object|addressee|source, optional kind; phrases allowed); matched by lemma. Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Use only the --lexicon files, not the built-in speech verbs.")
    boolean noBuiltin;

    @Override
    String name() {
        return "quotes";
    }

    private final Set<Statement.Kind> kinds = EnumSet.allOf(Statement.Kind.class);

    @Override
    void validate() {
        if (noBuiltin && lexicons.isEmpty()) {
            throw usageError("--no-builtin needs at least one --lexicon FILE");
        }
        if (!kindNames.isEmpty()) {
            kinds.clear();
            for (String name : kindNames) {
                kinds.add(Statement.Kind.ofLabel(name).orElseThrow(() -> usageError("--kinds: unknown kind '" + name
                    + "' (use direct, indirect, according_to, written, belief, intention, refusal or endorsement)")));
            }
        }
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(SpeechVerbs verbs) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("summary", summary);
        options.put("kinds", kinds.stream().map(Statement.Kind::label).toList());
        options.put("lexicon", noBuiltin ? "user" : "speech-verbs-en");
        options.put("lexicon_files", lexicons.stream().map(Path::toString).toList());
        options.put("lexicon_entries", verbs.size());
        return options;
    }

    @Override
    void run(Session session) throws IOException {
        SpeechVerbs verbs = SpeechVerbs.load(!noBuiltin, lexicons);
        QuotesAnalyzer analyzer = new QuotesAnalyzer(verbs, kinds);
        Runner runner = session.runner(annotation());
        Map<String, Object> options = describe(verbs);
        if (summary) {
            try (RowWriter w = session.writer(SpeakerRow.SCHEMA, options)) {
                runner.map(session.feed(), analyzer.summaries(), row -> Rows.write(w, row));
            }
        } else {
            try (RowWriter w = session.writer(StatementRow.SCHEMA, options)) {
                runner.map(session.feed(), analyzer.statements(), row -> Rows.write(w, row));
            }
        }
    }
}
