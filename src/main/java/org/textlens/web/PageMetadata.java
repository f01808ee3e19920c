package org.textlens.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, author, site name and language of a page, from JSON-LD, meta tags and the markup. */
record PageMetadata(Optional<String> title, Optional<String> author, Optional<String> site, Optional<String> language) {

    static PageMetadata of(Document page, Optional<Map<String, Object>> ld) {
        Optional<String> title = ld.flatMap(o -> JsonLd.string(o, "headline"))
            .or(() -> ArticleExtractor.meta(page, "og:title"))
            .or(() -> ArticleExtractor.meta(page, "twitter:title"))
            .or(() -> firstText(page, "h1"))
            .or(() -> Optional.of(page.title().strip()).filter(s -> !s.isEmpty()));
        Optional<String> author = ld.flatMap(o -> JsonLd.string(o, "author"))
            .or(() -> ArticleExtractor.meta(page, "author"))
            .or(() -> ArticleExtractor.meta(page, "article:author").filter(a -> !a.startsWith("http")))
            .or(() -> ArticleExtractor.meta(page, "dc.creator"))
            .or(() -> ArticleExtractor.meta(page, "parsely-author"))
            .or(() -> firstText(page, "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]"));
        Optional<String> site = ArticleExtractor.meta(page, "og:site_name")
            .or(() -> ld.flatMap(o -> JsonLd.string(o, "publisher")))
            .or(() -> ArticleExtractor.meta(page, "application-name"));
        Optional<String> language = Optional.of(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").strip())
            .filter(s -> !s.isEmpty())
            .or(() -> ld.flatMap(o -> JsonLd.string(o, "inLanguage")))
            .or(() -> ArticleExtractor.meta(page, "og:locale"))
            .or(() -> ArticleExtractor.meta(page, "content-language"))
            .map(PageMetadata::languageTag);
        return new PageMetadata(title.map(PageMetadata::clean), author.map(PageMetadata::clean), site.map(PageMetadata::clean), language);
    }

    private static Optional<String> firstText(Document page, String css) {
        Element e = page.selectFirst(css);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text().strip());
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** {@code en_US} and {@code en-us} as {@code en-US}. */
    static String languageTag(String s) {
        String[] parts = s.strip().replace('_', '-').split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return out.toString();
    }
}
