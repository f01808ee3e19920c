package org.textlens.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article's text in a page. Boilerplate elements are removed by tag and marks; every
 * paragraph then votes for its parent and grandparent with a score for its length and commas;
 * the best container (its score discounted by its share of link text), with the siblings that
 * scored nearly as well, holds the article. Inside it, paragraphs that are mostly links are
 * dropped, and short ones are kept only between kept paragraphs (they continue the text).
 */
final class BodyExtractor {
    private static final int MIN_CHARS = 25;
    private static final Evaluator ARTICLE_ELEMENT = QueryParser.parse("article, main, [itemprop=articleBody]");

    private BodyExtractor() {
    }

    /** The article's paragraphs; empty when the page has none. */
    static List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        prune(body);
        List<Block> blocks = Blocks.of(body);
        Map<Element, Double> scores = score(blocks);
        if (scores.isEmpty()) {
            return List.of();
        }
        Element top = best(scores, blocks);
        List<Element> roots = withTwins(withSiblings(top, scores), top, scores, body);
        return filter(blocks, roots);
    }

    private static void prune(Element body) {
        body.select(Boilerplate.REMOVED_TAGS).remove();
        int paragraphText = paragraphText(body);
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (Boilerplate.hidden(e) || Boilerplate.unlikely(e) && !holdsArticle(e, paragraphText))) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }

    /**
     * A wrapper can carry a misleading mark ({@code Page-ad-margins} around a whole page): an
     * element holding an article element or most of the page's paragraph text is never removed
     * for its marks.
     */
    private static boolean holdsArticle(Element e, int paragraphText) {
        return e.selectFirst(ARTICLE_ELEMENT) != null || paragraphText(e) * 2 > paragraphText;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static Map<Element, Double> score(List<Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.chars() < MIN_CHARS || b.linkDensity() > 0.5 || b.heading()) {
                continue;
            }
            double s = 1 + count(b.text(), ',') + Math.min(b.chars() / 100, 3);
            Element e = b.owner().parent();
            for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(e, s * share, Double::sum);
            }
        }
        return scores;
    }

    private static Element best(Map<Element, Double> scores, List<Block> blocks) {
        Map<Element, int[]> text = linkStats(blocks, scores);
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            int[] t = text.get(c.getKey());
            double ld = t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
            double s = (c.getValue() + Boilerplate.weight(c.getKey())) * (1 - ld);
            c.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = c.getKey();
            }
        }
        return top;
    }

    /**
     * An article cut into sections (between figures, pull quotes or ads) by a page that repeats one
     * component per section: elements of the best one's tag and class that scored as a sibling
     * would have to join it.
     */
    private static List<Element> withTwins(List<Element> roots, Element top, Map<Element, Double> scores, Element body) {
        String cls = top.className().strip();
        if (cls.isEmpty()) {
            return roots;
        }
        double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element e : body.getElementsByTag(top.normalName())) {
            boolean twin = e.className().strip().equals(cls) && scores.getOrDefault(e, 0.0) >= threshold;
            if ((roots.contains(e) || twin) && !within(e.parent(), out)) {
                out.add(e);
            }
        }
        for (Element r : roots) {
            if (!within(r, out)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * An article cut into sections (between figures, quotes or ads) scores best in one section:
     * of the best element and its ancestors, the one with the most paragraph text, less its link
     * text counted {@link #LINK_COST} times, holds the whole article.
     */
    private static Element widen(Element top, List<Block> blocks) {
        Map<Element, double[]> value = new IdentityHashMap<>();
        for (Element e = top; e != null; e = e.parent()) {
            value.put(e, new double[1]);
        }
        for (Block b : blocks) {
            double v = good(b) ? b.chars() - b.linkChars() : 0;
            v -= LINK_COST * b.linkChars();
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] x = value.get(e);
                if (x != null) {
                    x[0] += v;
                }
            }
        }
        Element best = top;
        for (Element e = top; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (value.get(e)[0] > value.get(best)[0]) {
                best = e;
            }
        }
        return best;
    }

    private static final double LINK_COST = 6.0;

    /** A paragraph of prose: ten words or more, little link text (more is allowed in a long one, which cites its sources inline). */
    private static boolean good(Block b) {
        int words = b.words();
        return !b.heading() && words >= 10 && (b.linkDensity() < 0.3 || words >= 25 && b.linkDensity() < 0.6);
    }

    /** For each scored element, the characters of text inside it and how many of them are link text. */
    private static Map<Element, int[]> linkStats(List<Block> blocks, Map<Element, Double> scored) {
        Map<Element, int[]> stats = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (scored.containsKey(e)) {
                    int[] s = stats.computeIfAbsent(e, k -> new int[2]);
                    s[0] += b.chars();
                    s[1] += b.linkChars();
                }
            }
        }
        return stats;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        double topScore = scores.getOrDefault(top, 0.0);
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String t = sibling.text();
                int links = sibling.select("a").text().length();
                if (t.length() > 80 && links < t.length() / 4) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    private enum Kind { GOOD, SHORT, BAD }

    private static List<String> filter(List<Block> blocks, List<Element> roots) {
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) {
            if (within(b.owner(), roots)) {
                inside.add(b);
            }
        }
        Kind[] kinds = new Kind[inside.size()];
        for (int i = 0; i < kinds.length; i++) {
            Block b = inside.get(i);
            kinds[i] = good(b) ? Kind.GOOD : b.linkDensity() > 0.5 || b.owner().normalName().equals("h1") ? Kind.BAD : Kind.SHORT;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            boolean keep = switch (kinds[i]) {
                case GOOD -> true;
                case BAD -> false;
                case SHORT -> inside.get(i).heading() ? next(kinds, i) == Kind.GOOD
                    : previous(kinds, i) == Kind.GOOD && next(kinds, i) == Kind.GOOD;
            };
            if (keep) {
                out.add(inside.get(i).text());
            }
        }
        return out;
    }

    private static Kind previous(Kind[] kinds, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (kinds[j] != Kind.SHORT) {
                return kinds[j];
            }
        }
        return Kind.BAD;
    }

    private static Kind next(Kind[] kinds, int i) {
        for (int j = i + 1; j < kinds.length; j++) {
            if (kinds[j] != Kind.SHORT) {
                return kinds[j];
            }
        }
        return Kind.BAD;
    }

    private static boolean within(Element e, List<Element> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element r : roots) {
                if (x == r) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
