package org.textlens.loaded;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.lexicon.PrefixMatcher;

/**
 * Finds lexicon entries in a sentence: a trie keyed by lower-case word, walked with both the
 * written form and the lemma of every token, so "slammed" finds the entry "slam" and the phrase
 * "claim responsibility" finds "claimed responsibility". An entry whose last word is a prefix
 * wildcard ({@code abandon*} from a {@code .dic} file) sits in its parent node's prefix matcher.
 * Entries are also found under their other hyphenation ({@link HyphenVariants}: "death knell" finds
 * "death-knell") where no entry of that spelling exists.
 * The longest entry whose rules accept the context wins; at equal length a match of the written
 * forms beats one through lemmas. Immutable once built; one instance serves every thread.
 */
final class TermMatcher {
    /** An entry found over tokens {@code [from, to)}. */
    record Match(int from, int to, LexiconEntry entry) {
    }

    /**
     * Where matching may begin at a word: the trie's children for its written form and for its
     * lemma, and whether a wildcard at the root matches it. Computed once per distinct form.
     */
    record Start(Node byWritten, Node byLemma, boolean wildcard) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        LexiconEntry entry;
        PrefixMatcher.Builder<LexiconEntry> prefixBuilder;
        PrefixMatcher<LexiconEntry> prefixes;

        void build() {
            if (prefixBuilder != null) {
                prefixes = prefixBuilder.build();
                prefixBuilder = null;
            }
            next.values().forEach(Node::build);
        }
    }

    private final Node root = new Node();

    TermMatcher(Collection<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            Node node = root;
            int last = e.words().size() - 1;
            for (int k = 0; k < last; k++) {
                node = node.next.computeIfAbsent(e.words().get(k), w -> new Node());
            }
            if (e.rules().prefix()) {
                if (node.prefixBuilder == null) {
                    node.prefixBuilder = PrefixMatcher.builder();
                }
                node.prefixBuilder.prefix(e.words().get(last), e);
            } else {
                node.next.computeIfAbsent(e.words().get(last), w -> new Node()).entry = e;
            }
        }
        for (LexiconEntry e : entries) {
            if (!e.rules().prefix()) {
                HyphenVariants.of(e.words()).ifPresent(words -> addIfFree(words, e));
            }
        }
        root.build();
    }

    /** Adds {@code e} under another spelling of its words, unless an entry of its own has that spelling. */
    private void addIfFree(List<String> words, LexiconEntry e) {
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node());
        }
        if (node.entry == null) {
            node.entry = e;
        }
    }

    /**
     * The charged adjective an adverb is made from, when that adjective is a one-word {@code emotive},
     * {@code label} or {@code fear} entry: "viciously" -> "vicious", "angrily" -> "angry", "horribly" ->
     * "horrible", "tragically" -> "tragic"; else null. Lets the lexicon list adjectives only.
     */
    String adjectiveOfAdverb(String lower) {
        if (lower.length() < 6 || !lower.endsWith("ly")) {
            return null;
        }
        String stem = lower.substring(0, lower.length() - 2);
        String[] bases = {stem, stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : null,
            lower.endsWith("bly") || lower.endsWith("ply") || lower.endsWith("tly") ? stem + "le" : null,
            lower.endsWith("ically") ? lower.substring(0, lower.length() - 4) : null};
        for (String base : bases) {
            Node node = base == null || base.length() < 5 ? null : root.next.get(base);   // "simply" is not "simp"
            if (node != null && node.entry != null && Category.isPhrasal(node.entry.category())) {
                return base;
            }
        }
        return null;
    }

    /** Where an entry may begin at a word with this written form and lemma, or null when none can. */
    Start start(String lower, String lemma, boolean word) {
        Node byWritten = root.next.get(lower);
        Node byLemma = lemma.equals(lower) ? null : root.next.get(lemma);
        boolean wildcard = word && root.prefixes != null && root.prefixes.find(lower).isPresent();
        return byWritten == null && byLemma == null && !wildcard ? null : new Start(byWritten, byLemma, wildcard);
    }

    /** The best entry starting at token {@code from}, if any. */
    Optional<Match> longestAt(SentenceWords words, int from) {
        Start start = words.entryStarts[from];
        if (start == null) {
            return Optional.empty();
        }
        Best best = new Best();
        if (start.byWritten() != null) {
            walk(start.byWritten(), words, from, from + 1, false, best);
        }
        if (start.byLemma() != null) {
            walk(start.byLemma(), words, from, from + 1, true, best);
        }
        if (start.wildcard()) {
            root.prefixes.find(words.lower[from]).ifPresent(e -> best.offer(e, words, from, from + 1, false));
        }
        return Optional.ofNullable(best.match);
    }

    /** Follows token {@code to} from {@code node}, by its written form and by its lemma. */
    private static void step(Node node, SentenceWords words, int from, int to, boolean viaLemma, Best best) {
        if (to >= words.size()) {
            return;
        }
        String lower = words.lower[to];
        Node written = node.next.get(lower);
        if (written != null) {
            walk(written, words, from, to + 1, viaLemma, best);
        }
        String lemma = words.lemma[to];
        if (!lemma.equals(lower)) {
            Node byLemma = node.next.get(lemma);
            if (byLemma != null) {
                walk(byLemma, words, from, to + 1, true, best);
            }
        }
        if (node.prefixes != null && words.isWord(to)) {
            node.prefixes.find(lower).ifPresent(e -> best.offer(e, words, from, to + 1, false));
        }
    }

    private static void walk(Node node, SentenceWords words, int from, int to, boolean viaLemma, Best best) {
        if (node.entry != null) {
            best.offer(node.entry, words, from, to, viaLemma);
        }
        if (!node.next.isEmpty() || node.prefixes != null) {
            step(node, words, from, to, viaLemma, best);
        }
    }

    private static final class Best {
        Match match;
        boolean viaLemma;

        void offer(LexiconEntry entry, SentenceWords words, int from, int to, boolean lemma) {
            boolean better = match == null || to > match.to() || (to == match.to() && viaLemma && !lemma);
            if (better && Context.accepts(entry, words, from, to, lemma)) {
                match = new Match(from, to, entry);
                viaLemma = lemma;
            }
        }
    }
}
