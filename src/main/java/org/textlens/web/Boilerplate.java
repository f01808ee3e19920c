package org.textlens.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Cues from an element's tag, class and id about whether it holds the article or the page around
 * it (navigation, sharing, comments, advertising, related links).
 */
final class Boilerplate {
    /** Never the article: removed before anything is scored. */
    static final String REMOVED_TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, button, input, select, "
        + "textarea, nav, aside, footer, link, meta, dialog, map, audio, video, source, figcaption";
    private static final Pattern NEGATIVE = Pattern.compile(
        "comment|share|sharing|social|related|recommend|newsletter|subscri|promo|advert|sponsor|sidebar|cookie|consent|gdpr"
            + "|popup|modal|breadcrumb|navigation|navbar|menu|footer|masthead|byline|author-?bio|outbrain|taboola|most-?popular"
            + "|trending|read-?more|more-?stories|signup|sign-up|widget|toolbar|pagination|pager|disclaimer|copyright|skip-?link"
            + "|caption|credit|(?:^|[-_ ])(?:ad|ads|adv|nav|tags?|meta|hidden|hide|print|rail|banner|sticky|overlay|topics?|jump|login|tools?|icons?)(?:$|[-_ ])");
    private static final Pattern POSITIVE = Pattern.compile(
        "article|content|story|entry|post|body|main|text|blog|prose|hentry|h-entry|paragraph|column");

    private Boilerplate() {
    }

    private static String marks(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    static boolean negative(Element e) {
        String m = marks(e);
        return !m.isBlank() && NEGATIVE.matcher(m).find();
    }

    static boolean positive(Element e) {
        String m = marks(e);
        return !m.isBlank() && POSITIVE.matcher(m).find();
    }

    /** Whether an element is boilerplate by its marks alone: negative and not also marked as content. */
    static boolean unlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return negative(e) && !positive(e);
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** The weight of an element's marks when it is scored as the article's container. */
    static int weight(Element e) {
        int w = 0;
        if (negative(e)) {
            w -= 25;
        }
        if (positive(e)) {
            w += 25;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 25;
        }
        return w;
    }
}
