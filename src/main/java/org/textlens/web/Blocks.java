package org.textlens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a page into {@link Block}s in reading order. Block elements (p, div, li, headings...) and
 * line breaks end a run of inline text; whitespace is collapsed as a browser shows it.
 */
final class Blocks {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "caption", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary",
        "body", "html", "hgroup", "menu", "dialog", "picture", "video", "audio", "option", "legend", "noscript");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final List<Block> out = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int linkChars;

    private Blocks() {
    }

    static List<Block> of(Element root) {
        Blocks b = new Blocks();
        b.visit(root, root, 0);
        b.flush(root);
        return b.out;
    }

    private void visit(Element element, Element owner, int linkDepth) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), linkDepth > 0);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush(owner);
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(owner);
                    visit(e, e, linkDepth);
                    flush(e);
                } else if (tag.equals("img") || tag.equals("wbr")) {
                    // nothing to read
                } else {
                    visit(e, owner, tag.equals("a") ? linkDepth + 1 : linkDepth);
                }
            }
        }
    }

    private void append(String text, boolean link) {
        int before = run.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (run.length() > 0 && run.charAt(run.length() - 1) != ' ') {
                    run.append(' ');
                }
            } else {
                run.append(c);
            }
        }
        if (link) {
            linkChars += run.length() - before;
        }
    }

    private void flush(Element owner) {
        String text = run.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Block(owner, text, Math.min(linkChars, text.length()), HEADINGS.contains(owner.normalName())));
        }
        run.setLength(0);
        linkChars = 0;
    }
}
