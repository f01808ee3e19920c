package org.textlens.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.textlens.lexicon.TsvEntries;

/**
 * The patterns of patterns.txt compiled into one trie over symbols. Optional elements, {@code a|b}
 * alternatives and {@code {MACRO}} phrases are expanded when the file is read, so matching is a
 * walk down the trie from each token: no regular expressions at run time.
 */
final class Grammar {
    private final Node root;
    private final List<Rule> rules;

    private Grammar(Node root, List<Rule> rules) {
        this.root = root;
        this.rules = rules;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Reads the pattern file; literal words are registered in {@code literals} as they are met. */
    static Grammar load(String resource, Symbols symbols, List<String> literals) {
        Map<String, List<List<String>>> macros = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        Node root = new Node();
        for (TsvEntries.Entry entry : TsvEntries.readResource(Grammar.class, resource)) {
            String line = String.join(" ", entry.fields()).strip();
            if (line.startsWith("define ")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw entry.error("a definition needs '='", "write: define NAME = phrase | phrase");
                }
                String name = line.substring(7, eq).strip();
                List<List<String>> phrases = new ArrayList<>();
                for (String alt : line.substring(eq + 1).split("\\|")) {
                    phrases.add(List.of(alt.strip().split("\\s+")));
                }
                macros.put(name, phrases);
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 2) {
                throw entry.error("a pattern needs an action and at least one element", "write: ACTION ELEMENT ...");
            }
            Rule rule = new Rule(rules.size(), parts[0], (int) entry.line());
            rules.add(rule);
            List<Element> elements = new ArrayList<>();
            for (int k = 1; k < parts.length; k++) {
                elements.add(Element.parse(parts[k], k == 1, macros, entry));
            }
            List<int[]> sequences = new ArrayList<>();
            List<Integer> contexts = new ArrayList<>();
            expand(elements, 0, new ArrayList<>(), 0, symbols, literals, sequences, contexts);
            for (int k = 0; k < sequences.size(); k++) {
                root.insert(sequences.get(k), rule, contexts.get(k));
            }
        }
        root.freeze();
        return new Grammar(root, List.copyOf(rules));
    }

    /** One pattern element before expansion: its alternatives, each a phrase of words. */
    private record Element(List<List<String>> alternatives, boolean optional, boolean context) {
        static Element parse(String text, boolean first, Map<String, List<List<String>>> macros, TsvEntries.Entry entry) {
            boolean optional = text.endsWith("?") && text.length() > 1;
            String body = optional ? text.substring(0, text.length() - 1) : text;
            boolean context = body.startsWith("[") && body.endsWith("]");
            if (context) {
                if (!first) {
                    throw entry.error("a [context] element must come first", "move it to the start of the pattern");
                }
                body = body.substring(1, body.length() - 1);
            }
            if (body.startsWith("{") && body.endsWith("}")) {
                List<List<String>> phrases = macros.get(body.substring(1, body.length() - 1));
                if (phrases == null) {
                    throw entry.error("unknown phrase list " + body, "define it above its first use");
                }
                return new Element(phrases, optional, context);
            }
            List<List<String>> alts = new ArrayList<>();
            for (String alt : body.split("\\|")) {
                alts.add(List.of(alt));
            }
            return new Element(alts, optional, context);
        }
    }

    private static void expand(List<Element> elements, int k, List<Integer> prefix, int context, Symbols symbols,
                               List<String> literals, List<int[]> out, List<Integer> contexts) {
        if (k == elements.size()) {
            if (prefix.size() > context) {
                out.add(prefix.stream().mapToInt(Integer::intValue).toArray());
                contexts.add(context);
            }
            return;
        }
        Element e = elements.get(k);
        if (e.optional()) {
            expand(elements, k + 1, prefix, context, symbols, literals, out, contexts);
        }
        for (List<String> phrase : e.alternatives()) {
            List<Integer> next = new ArrayList<>(prefix);
            for (String word : phrase) {
                next.add(symbol(word, symbols, literals));
            }
            expand(elements, k + 1, next, e.context() ? next.size() : context, symbols, literals, out, contexts);
        }
    }

    private static int symbol(String word, Symbols symbols, List<String> literals) {
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            return symbols.id(word);
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        literals.add(lower);
        return symbols.literal(lower);
    }

    /** The longest match starting at token {@code from} inside its sentence, or null. */
    Match match(Tokens tokens, int from) {
        if (!startsPattern(tokens.symbols[from])) {
            return null;                                       // most tokens: nothing to allocate
        }
        int sentence = tokens.segment[from];
        int[] path = new int[16];
        Best best = new Best();
        walk(root, tokens, from, from, sentence, path, 0, best);
        if (best.rule == null) {
            return null;
        }
        int first = from + best.context;
        return new Match(best.rule, first, best.end, Arrays.copyOfRange(best.path, best.context, best.end - from));
    }

    private boolean startsPattern(int[] symbols) {
        for (int s : symbols) {
            if (root.child(s) != null) {
                return true;
            }
        }
        return false;
    }

    private static final class Best {
        Rule rule;
        int end;
        int context;
        int[] path;
    }

    private void walk(Node node, Tokens tokens, int from, int at, int sentence, int[] path, int depth, Best best) {
        if (node.rule != null && (best.rule == null || at > best.end || at == best.end && node.rule.id() < best.rule.id())) {
            best.rule = node.rule;
            best.end = at;
            best.context = node.context;
            best.path = Arrays.copyOf(path, depth);
        }
        if (at >= tokens.size || tokens.segment[at] != sentence || depth == path.length || node.keys.length == 0) {
            return;
        }
        for (int symbol : tokens.symbols[at]) {
            Node child = node.child(symbol);
            if (child != null) {
                path[depth] = symbol;
                walk(child, tokens, from, at + 1, sentence, path, depth + 1, best);
            }
        }
    }

    private static final class Node {
        private Map<Integer, Node> building = new TreeMap<>();
        int[] keys = new int[0];
        Node[] children = new Node[0];
        Rule rule;
        int context;

        void insert(int[] sequence, Rule r, int contextLength) {
            Node n = this;
            for (int s : sequence) {
                n = n.building.computeIfAbsent(s, x -> new Node());
            }
            if (n.rule == null || r.id() < n.rule.id()) {
                n.rule = r;
                n.context = contextLength;
            }
        }

        void freeze() {
            keys = new int[building.size()];
            children = new Node[building.size()];
            int k = 0;
            for (Map.Entry<Integer, Node> e : building.entrySet()) {
                keys[k] = e.getKey();
                children[k++] = e.getValue();
                e.getValue().freeze();
            }
            building = null;
        }

        Node child(int symbol) {
            int i = Arrays.binarySearch(keys, symbol);
            return i >= 0 ? children[i] : null;
        }
    }
}
