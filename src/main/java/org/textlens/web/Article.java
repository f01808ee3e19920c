package org.textlens.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a web page says about its article: the text without boilerplate (paragraphs separated by
 * blank lines) and the metadata a reader needs to cite it.
 */
public record Article(String text, Optional<String> url, Optional<String> title, Optional<LocalDate> date,
                      Optional<String> author, Optional<String> site, Optional<String> language) {

    /** The metadata as {@code Document.meta} keeps it: only the fields the page gave. */
    public Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        url.ifPresent(v -> m.put("url", v));
        title.ifPresent(v -> m.put("title", v));
        author.ifPresent(v -> m.put("author", v));
        site.ifPresent(v -> m.put("site", v));
        language.ifPresent(v -> m.put("language", v));
        return m;
    }
}
