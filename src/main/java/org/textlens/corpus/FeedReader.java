package org.textlens.corpus;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.textlens.web.FeedItem;
import org.textlens.web.Feeds;

/**
 * {@code --input-format feed}: an RSS or Atom file, one document per item, named by its link
 * (else its guid or id, else {@code FILE#N}) and dated by its own date, else {@code --date}.
 * An item without any text is one warning; a file that is not a feed is an input error.
 */
record FeedReader(InputSettings settings, Diagnostics diagnostics) implements FormatReader {
    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        String xml = input.readAll();
        List<FeedItem> items = Feeds.items(xml).orElseThrow(() ->
            new InputException(source.name(), "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)",
                "--input-format feed reads feeds; use html for web pages"));
        for (int i = 0; i < items.size(); i++) {
            FeedItem item = items.get(i);
            String id = item.link().or(item::id).orElse(source.name() + "#" + (i + 1));
            if (item.text().isBlank()) {
                diagnostics.warn(source.name() + "#" + (i + 1), "feed item without text (" + id + "); skipped");
                continue;
            }
            sink.accept(new Document(id, item.text(), item.date().or(settings::defaultDate), item.meta()));
        }
    }
}
