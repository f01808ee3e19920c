package org.textlens.extract;

import java.util.List;
import java.util.Optional;
import org.textlens.corpus.Document;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One article as {@code textlens extract} writes it: {@code doc_id,url,title,date,author,site,language,text}.
 * Read back with {@code --input-format jsonl} (or csv), it is a corpus for every other command:
 * {@code doc_id} is the id, {@code date} the date, {@code text} the text, the rest metadata.
 */
public record ExtractRow(String docId, Optional<String> url, Optional<String> title, Optional<String> date,
                         Optional<String> author, Optional<String> site, Optional<String> language, String text) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.text("url"), Column.text("title"),
        Column.text("date"), Column.text("author"), Column.text("site"), Column.text("language"), Column.text("text"));

    public static ExtractRow of(Document doc) {
        return new ExtractRow(doc.id(), meta(doc, "url"), meta(doc, "title"), doc.date().map(Object::toString),
            meta(doc, "author"), meta(doc, "site"), meta(doc, "language"), doc.text());
    }

    private static Optional<String> meta(Document doc, String key) {
        return Optional.ofNullable(doc.meta().get(key));
    }

    @Override
    public List<Object> values() {
        return List.of(docId, url, title, date, author, site, language, text);
    }
}
