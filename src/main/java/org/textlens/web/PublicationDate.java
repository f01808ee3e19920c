package org.textlens.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date a page was published, from the most trusted place that states one: JSON-LD
 * {@code datePublished}, the {@code article:published_time} meta tag, a {@code <time>} element,
 * other meta tags, and last the URL path. Modification dates are never taken for publication.
 */
final class PublicationDate {
    /** Meta tags (by name, property or itemprop) that carry a publication date, most specific first. */
    private static final List<String> META = List.of("datepublished", "og:published_time", "published_time", "pubdate",
        "publishdate", "publish-date", "publish_date", "publication_date", "date.published", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate",
        "displaydate", "citation_publication_date", "citation_date", "release_date");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\D|$)");
    private static final Pattern URL_YMD = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?![\\d])");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|[-_]|$)");
    private static final Pattern WORDS = Pattern.compile(
        "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private PublicationDate() {
    }

    /** Where the date was found, in order of trust. */
    enum Source { JSON_LD, ARTICLE_PUBLISHED_TIME, TIME_ELEMENT, META_TAG, URL_PATH }

    record Found(LocalDate date, Source source) {
    }

    static Optional<Found> of(Document page, Optional<Map<String, Object>> jsonLd, Optional<String> url) {
        Optional<LocalDate> d = jsonLd.flatMap(o -> JsonLd.string(o, "datePublished").or(() -> JsonLd.string(o, "dateCreated")))
            .flatMap(PublicationDate::parse);
        if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Source.JSON_LD));
        }
        d = metaContent(page, "article:published_time").flatMap(PublicationDate::parse);
        if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Source.ARTICLE_PUBLISHED_TIME));
        }
        d = timeElement(page);
        if (d.isPresent()) {
            return Optional.of(new Found(d.get(), Source.TIME_ELEMENT));
        }
        for (String name : META) {
            d = metaContent(page, name).flatMap(PublicationDate::parse);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), Source.META_TAG));
            }
        }
        return url.flatMap(PublicationDate::fromUrl).map(x -> new Found(x, Source.URL_PATH));
    }

    /** A {@code <time>}: one marked as the publication date first, else the first with a date (not one marked as modified). */
    private static Optional<LocalDate> timeElement(Document page) {
        for (Element t : page.select("time[itemprop~=(?i)datePublished], time[pubdate], time[class~=(?i)publish|posted]")) {
            Optional<LocalDate> d = timeValue(t);
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element t : page.select("time")) {
            String marks = (t.attr("itemprop") + " " + t.className() + " " + t.parent().className()).toLowerCase(java.util.Locale.ROOT);
            if (marks.contains("modif") || marks.contains("updat")) {
                continue;
            }
            Optional<LocalDate> d = timeValue(t);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> timeValue(Element t) {
        return parse(t.attr("datetime")).or(() -> parse(t.text()));
    }

    private static Optional<String> metaContent(Document page, String name) {
        for (Element m : page.getElementsByTag("meta")) {
            if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)
                || m.attr("itemprop").equalsIgnoreCase(name)) {
                String v = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
                if (!v.isBlank()) {
                    return Optional.of(v.strip());
                }
            }
        }
        return Optional.empty();
    }

    /** A date written as ISO 8601 (with or without a time), {@code YYYYMMDD}, {@code YYYY/MM/DD} or in words. */
    static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String v = s.strip();
        for (Pattern p : List.of(ISO, COMPACT, SLASHED)) {
            Matcher m = p.matcher(v);
            if (p == ISO ? m.find() : m.find() && m.start() == 0) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        Matcher w = WORDS.matcher(v);
        if (w.find()) {
            return w.group(1) != null ? date(w.group(3), month(w.group(1)), w.group(2)) : date(w.group(6), month(w.group(5)), w.group(4));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> fromUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT.matcher(path);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.indexOf(name.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) + 1);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            return year < 1900 || year > 2100 ? Optional.empty()
                : Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
