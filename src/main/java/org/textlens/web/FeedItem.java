package org.textlens.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One item of an RSS or Atom feed: its link, id, title, date, author and whatever text it carries. */
public record FeedItem(Optional<String> id, Optional<String> link, Optional<String> title, Optional<LocalDate> date,
                       Optional<String> author, Optional<String> site, Optional<String> language, String text) {

    /** The metadata as {@code Document.meta} keeps it: only the fields the item gave. */
    public Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        link.ifPresent(v -> m.put("url", v));
        title.ifPresent(v -> m.put("title", v));
        author.ifPresent(v -> m.put("author", v));
        site.ifPresent(v -> m.put("site", v));
        language.ifPresent(v -> m.put("language", v));
        return m;
    }
}
