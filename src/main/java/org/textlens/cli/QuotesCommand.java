package org.textlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    description = {"Find who is quoted: direct quotes and reported speech, each with its speaker and verb.",
        "Quotations in every common quote mark (\"…\", “…”, „…“, «…», '…') and reported speech",
        "(\"X said that …\", \"according to X, …\").",
        "Rows: doc_id,sentence,start,end,speaker,speaker_start,speaker_end,verb,kind,text (kind: direct or indirect);",
        "with --summary doc_id,speaker,statements,direct,indirect,words,share.",
        "Rules: docs/quotes.md."},
    footer = {"", "Examples:",
        "  textlens quotes article.txt",
        "  textlens quotes --summary --input-format jsonl --text-field body corpus.jsonl",
        "  textlens quotes --format jsonl news/ | jq -r 'select(.kind == \"direct\") | .speaker' | sort | uniq -c | sort -rn"})
final class QuotesCommand extends AnalysisCommand {
    @Option(names = "--summary", description = "One row per document and speaker (statements and words attributed), the dominant voice first.")
    boolean summary;

    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra speech verbs (TSV: verb, complement clause|object|addressee|source; phrases allowed); matched by lemma. Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Use only the --lexicon files, not the built-in speech verbs.")
    boolean noBuiltin;

    @Override
    String name() {
        return "quotes";
    }

    @Override
    void validate() {
        if (noBuiltin && lexicons.isEmpty()) {
            throw usageError("--no-builtin needs at least one --lexicon FILE");
        }
    }

    /** The effective options, as the JSON envelope reports them. */
    Map<String, Object> describe(SpeechVerbs verbs) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("summary", summary);
        options.put("lexicon", noBuiltin ? "user" : "speech-verbs-en");
        options.put("lexicon_files", lexicons.stream().map(Path::toString).toList());
        options.put("lexicon_entries", verbs.size());
        return options;
    }

    @Override
    void run(Session session) throws IOException {
        SpeechVerbs verbs = SpeechVerbs.load(!noBuiltin, lexicons);
        QuotesAnalyzer analyzer = new QuotesAnalyzer(verbs);
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
