package org.textlens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed. An item's text is its full content when it
 * has one ({@code content:encoded}, Atom {@code content}), else its description or summary;
 * markup in it becomes paragraphs separated by blank lines.
 */
public final class Feeds {
    private Feeds() {
    }

    /** The items of the feed, or empty when {@code xml} is not a feed (no RSS, RDF or Atom root element). */
    public static Optional<List<FeedItem>> items(String xml) {
        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        if (d.selectFirst("rss, feed, rdf|RDF, RDF") == null) {
            return Optional.empty();
        }
        Element channel = Optional.ofNullable(d.selectFirst("channel")).orElse(d.selectFirst("feed"));
        Optional<String> site = channel == null ? Optional.empty() : child(channel, "title");
        Optional<String> language = channel == null ? Optional.empty()
            : child(channel, "language").or(() -> attr(channel, "xml:lang")).map(PageMetadata::languageTag);
        List<FeedItem> out = new ArrayList<>();
        for (Element item : d.select("item, entry")) {
            Optional<String> link = link(item);
            Optional<String> body = child(item, "content|encoded").or(() -> child(item, "content"))
                .or(() -> child(item, "description")).or(() -> child(item, "summary"));
            Optional<String> date = child(item, "pubDate").or(() -> child(item, "published")).or(() -> child(item, "dc|date"))
                .or(() -> child(item, "updated"));
            Optional<String> author = child(item, "dc|creator").or(() -> Optional.ofNullable(item.selectFirst("author > name"))
                .map(Element::text)).or(() -> child(item, "author"));
            out.add(new FeedItem(child(item, "guid").or(() -> child(item, "id")), link, child(item, "title").map(Feeds::plain),
                date.flatMap(PublicationDate::parse), author.map(Feeds::plain), site.map(Feeds::plain),
                attr(item, "xml:lang").map(PageMetadata::languageTag).or(() -> language), body.map(HtmlText::of).orElse("")));
        }
        return Optional.of(out);
    }

    private static Optional<String> link(Element item) {
        for (Element l : item.getElementsByTag("link")) {
            if (l.parent() != item) {
                continue;
            }
            String href = l.attr("href");
            if (href.isEmpty() && !l.text().isBlank()) {
                return Optional.of(l.text().strip()); // RSS
            }
            String rel = l.attr("rel");
            if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
                return Optional.of(href.strip()); // Atom
            }
        }
        return Optional.empty();
    }

    private static Optional<String> child(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag.replace('|', ':'))) {
                String v = c.wholeText();
                return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Element e, String name) {
        return e.hasAttr(name) && !e.attr(name).isBlank() ? Optional.of(e.attr(name).strip()) : Optional.empty();
    }

    private static String plain(String s) {
        return s.contains("<") ? Jsoup.parse(s).text() : s.replaceAll("\\s+", " ").strip();
    }
}
