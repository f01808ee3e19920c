package org.textlens.web;

import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns one web page into its {@link Article}, or nothing when the page holds no article (an
 * index, an error page, a page of links). Thread-safe: it keeps no state between pages.
 */
public final class ArticleExtractor {
    /** Fewer words than this is not an article (a teaser, an error message, a list of links). */
    static final int MIN_WORDS = 25;

    /** Extracts the article of {@code html}; {@code url} is where the page came from, if known. */
    public Optional<Article> extract(String html, Optional<String> url) {
        Document page = Jsoup.parse(html, url.orElse(""));
        JsonLd jsonLd = JsonLd.of(page);
        Optional<Map<String, Object>> ld = jsonLd.article();
        Optional<String> canonical = url.or(() -> meta(page, "og:url")).or(() -> canonical(page));
        Optional<PublicationDate.Found> date = PublicationDate.of(page, ld, canonical);
        PageMetadata meta = PageMetadata.of(page, ld);
        String text = String.join("\n\n", BodyExtractor.paragraphs(page));
        Optional<String> declared = ld.flatMap(o -> JsonLd.string(o, "articleBody")).map(ArticleExtractor::paragraphs);
        if (declared.isPresent() && Block.words(declared.get()) > 2 * Block.words(text)) {
            // the page states its body and the markup gave less than half of it (a script-built page, an odd layout)
            text = declared.get();
        }
        if (Block.words(text) < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Article(text, canonical, meta.title(), date.map(PublicationDate.Found::date), meta.author(),
            meta.site(), meta.language()));
    }

    /** JSON-LD text: markup (some sites put HTML there) becomes text, line breaks become paragraph breaks. */
    private static String paragraphs(String body) {
        String text = body.indexOf('<') >= 0 ? HtmlText.of(body) : body;
        return String.join("\n\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    static Optional<String> meta(Document page, String name) {
        for (Element m : page.getElementsByTag("meta")) {
            if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null || link.absUrl("href").isEmpty() ? Optional.empty() : Optional.of(link.absUrl("href"));
    }
}
