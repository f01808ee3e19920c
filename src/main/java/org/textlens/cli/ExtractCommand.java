package org.textlens.cli;

import java.io.IOException;
import java.util.Map;
import org.textlens.extract.ExtractRow;
import org.textlens.output.RowWriter;
import picocli.CommandLine.Command;

/** {@code textlens extract}: the corpus itself, one row per document, so web pages, crawls and feeds feed any tool. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Write each document of the input as one row: the article text of web pages (without menus, ads,",
        "comments and other boilerplate), WARC crawls and feeds, with their metadata.",
        "Rows: doc_id,url,title,date,author,site,language,text (empty where the input does not say).",
        "What is extracted and how dates are chosen: docs/input.md."},
    footer = {"", "Examples:",
        "  textlens extract --input-format html pages/ --format jsonl > corpus.jsonl",
        "  textlens extract --input-format warc crawl.warc.gz --format jsonl > corpus.jsonl",
        "  textlens timeline --input-format jsonl corpus.jsonl      # dated by the pages, no --date needed",
        "  textlens extract --input-format feed news.rss --format csv -o items.csv"})
final class ExtractCommand extends AnalysisCommand {
    @Override
    String name() {
        return "extract";
    }

    @Override
    void run(Session session) throws IOException {
        try (RowWriter w = session.writer(ExtractRow.SCHEMA, Map.of())) {
            session.feed().forEach(doc -> Rows.write(w, ExtractRow.of(doc)));
        }
    }
}
