package org.textlens.web;

import java.util.List;
import org.jsoup.Jsoup;

/** The readable text of an HTML fragment, as it stands (no boilerplate removal): paragraphs separated by blank lines. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String of(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
        d.select(Boilerplate.REMOVED_TAGS).remove();
        List<Block> blocks = Blocks.of(d.body());
        return String.join("\n\n", blocks.stream().map(Block::text).toList());
    }
}
