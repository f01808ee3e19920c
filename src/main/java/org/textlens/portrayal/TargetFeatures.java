package org.textlens.portrayal;

import java.util.List;
import java.util.Set;
import org.textlens.attribution.Mention;
import org.textlens.attribution.Statement;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.Features;
import org.textlens.nlp.TokenKind;

/**
 * The features of one target in its sentence. Every word of the sentence outside the targets falls
 * into one region, named by where it stands relative to this target:
 * <ul>
 * <li>{@code pre} and {@code post}: in the target's own clause, before it (the target is what the
 * words act on: "critics slammed X") or after it (the target acts or is described: "X slammed ...",
 * "X was praised");</li>
 * <li>{@code next}, {@code prev}, {@code far}: the clause after the target's (often a relative or
 * appositive clause about it: "X, who was promoted"), the clause before, and the rest;</li>
 * <li>{@code other}: a clause that holds another target and not this one;</li>
 * <li>{@code voice} and {@code own}: words quoted or reported from another speaker, and from the
 * target itself (the target's own words say how it speaks, not how it is portrayed).</li>
 * </ul>
 * Per region: the sum of positive and of negative valences (the shared lexicon, negation applied,
 * on VADER's scale divided by 4), and the content-word lemmas. Around the target: the words next to
 * it in its clause, whether it is the passive subject of the words after it ("X was criticised")
 * or the agent after "by", whether it starts its clause (a subject), whether it speaks in the
 * sentence or stands inside another's quoted words, whether a negation stands in its clause, and
 * whether the sentence names other targets. The target's own words never count (no prior for who
 * a target is), and neither do other targets' names.
 */
final class TargetFeatures {
    /** Regions that are attached to this target rather than to the sentence or to another target. */
    static final Set<String> ATTACHED = Set.of("pre", "post", "next", "near", "L1", "L2", "R1", "R2", "R3", "passive", "agent", "own");

    private static final Set<String> BE = Set.of("be", "was", "were", "is", "are", "been", "being", "get", "got", "gets", "getting", "'s");
    private static final Set<String> SKIPPABLE = Set.of("not", "also", "been", "being", "repeatedly", "widely", "often", "never",
        "later", "recently", "now", "n't", "reportedly", "allegedly");

    private TargetFeatures() {
    }

    /**
     * @param reading the sentence
     * @param target this target's token range {@code [a, b)} and entity
     * @param others the token ranges of the sentence's other targets
     */
    static FeatureVector of(SentenceReading reading, int a, int b, String entity, List<int[]> others) {
        Features f = new Features();
        SentenceReading r = reading;
        boolean[] otherToken = new boolean[r.n];
        boolean[] otherClause = new boolean[r.n == 0 ? 1 : r.clause[r.n - 1] + 1];
        for (int[] o : others) {
            for (int k = o[0]; k < o[1]; k++) {
                otherToken[k] = true;
            }
            if (o[1] > o[0]) {
                otherClause[r.clause[o[0]]] = true;
            }
        }
        int ca = b > a ? r.clause[a] : 0;
        int own = b > a ? r.statement[a] : -1;
        otherClause[ca] = false;
        for (int k = 0; k < r.n; k++) {
            if (k >= a && k < b || otherToken[k] || r.kind[k] != TokenKind.WORD) {
                continue;
            }
            String region = region(r, k, a, b, ca, own, entity, otherClause);
            double v = r.valence[k] / 4;
            if (v != 0) {
                f.add(region + ":val" + (v > 0 ? "+" : "-"), Math.abs(v));
                f.add("sentence:val" + (v > 0 ? "+" : "-"), Math.abs(v));
                if (r.clause[k] == ca && r.statement[k] == own) {
                    int distance = k < a ? a - k : k - b + 1;
                    f.add("near:val" + (v > 0 ? "+" : "-"), Math.abs(v) / (1 + distance / 3.0));
                }
                if (r.negated[k]) {
                    f.indicator(region, "negated");
                }
            }
            if (!r.stop[k]) {
                f.indicator(region, r.lemma[k]);
                f.lemma(r.lemma[k]);
            }
        }
        neighbours(f, r, a, b, ca, otherToken);
        structure(f, r, a, b, ca, own, entity, others.size());
        return f.build();
    }

    private static String region(SentenceReading r, int k, int a, int b, int ca, int own, String entity, boolean[] otherClause) {
        int st = r.statement[k];
        if (st >= 0 && st != own) {
            return speaks(r.statements.get(st), r, a, b, entity) ? "own" : "voice";
        }
        int c = r.clause[k];
        if (c == ca) {
            return k < a ? "pre" : "post";
        }
        if (otherClause[c]) {
            return "other";
        }
        return c == ca + 1 ? "next" : c == ca - 1 ? "prev" : "far";
    }

    /** Whether the statement is the target's own: its speaker is the target's mention or names the same entity. */
    private static boolean speaks(Statement s, SentenceReading r, int a, int b, String entity) {
        if (s.speaker().isEmpty()) {
            return false;
        }
        Mention m = s.speaker().get();
        return m.start() < r.end[b - 1] && m.end() > r.start[a] || Mentions.bare(m.text()).equals(entity);
    }

    /** The words next to the target inside its clause; another target's words read as {@code <T>}. */
    private static void neighbours(Features f, SentenceReading r, int a, int b, int ca, boolean[] otherToken) {
        int seen = 0;
        for (int k = b; k < r.n && seen < 3 && r.clause[k] == ca; k++) {
            if (r.kind[k] == TokenKind.WORD) {
                seen++;
                f.indicator("R" + seen, otherToken[k] ? "<T>" : r.lemma[k]);
            }
        }
        seen = 0;
        for (int k = a - 1; k >= 0 && seen < 2 && r.clause[k] == ca; k--) {
            if (r.kind[k] == TokenKind.WORD) {
                seen++;
                f.indicator("L" + seen, otherToken[k] ? "<T>" : r.lemma[k]);
            }
        }
        int k = b;
        while (k < r.n && r.clause[k] == ca && (r.kind[k] != TokenKind.WORD || SKIPPABLE.contains(r.lower[k]))) {
            k++;
        }
        if (k < r.n && r.clause[k] == ca && BE.contains(r.lower[k])) {
            int p = k + 1;
            while (p < r.n && r.clause[p] == ca && SKIPPABLE.contains(r.lower[p])) {
                p++;
            }
            if (p < r.n && r.clause[p] == ca && (r.lower[p].endsWith("ed") || r.lower[p].endsWith("en"))) {
                f.indicator("passive", "yes");
                if (r.valence[p] != 0) {
                    f.add("passive:val" + (r.valence[p] > 0 ? "+" : "-"), Math.abs(r.valence[p]) / 4);
                }
            }
        }
        if (a > 0 && r.lower[a - 1].equals("by")) {
            f.indicator("agent", "by");
        }
    }

    private static void structure(Features f, SentenceReading r, int a, int b, int ca, int own, String entity, int others) {
        if (others > 0) {
            f.indicator("targets", others >= 2 ? "3+" : "2");
        }
        if (b > a && b - a == 1 && Mentions.isPronoun(r.text[a])) {
            f.indicator("target", "pronoun");
        }
        boolean startsClause = true;
        for (int k = a - 1; k >= 0 && r.clause[k] == ca; k--) {
            if (r.kind[k] == TokenKind.WORD) {
                startsClause = false;
                break;
            }
        }
        if (startsClause) {
            f.indicator("target", ca == 0 ? "starts_sentence" : "starts_clause");
        }
        if (own >= 0) {
            f.indicator("target", speaks(r.statements.get(own), r, a, b, entity) ? "inside_own_words" : "inside_quoted_words");
        }
        for (Statement s : r.statements) {
            if (speaks(s, r, a, b, entity)) {
                f.indicator("target", "speaks");
                break;
            }
        }
        for (int k = 0; k < r.n; k++) {
            if (r.negator[k] && r.clause[k] == ca && (k < a || k >= b)) {
                f.indicator("clause", "negation");
                break;
            }
        }
    }
}
