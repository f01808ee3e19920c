package org.textlens.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textlens.lexicon.TsvEntries;

/**
 * The tagger's knowledge, read once from the resources beside this class: the words
 * (words.tsv, tense.tsv, ambiguous.txt), the patterns (patterns.txt) and the mods of quantity
 * words (modifiers.tsv), compiled into a vocabulary table and a pattern trie. Immutable, shared
 * by all threads.
 */
final class TimeRules {
    final Symbols symbols = new Symbols();
    final ShapeSymbols shapes;
    final Grammar grammar;
    final Vocabulary vocabulary;
    final Map<String, String> modifiers = new HashMap<>();
    final Set<String> leads = new HashSet<>();
    final int tense;

    private TimeRules() {
        shapes = new ShapeSymbols(symbols);
        List<String> literals = new ArrayList<>();
        grammar = Grammar.load("patterns.txt", symbols, literals);
        Map<String, List<String[]>> classes = Vocabulary.newClasses();
        for (TsvEntries.Entry e : TsvEntries.readResource(TimeRules.class, "words.tsv")) {
            if (e.fields().size() != 3) {
                throw e.error("expected word, class and value separated by tabs", "see the header of words.tsv");
            }
            Vocabulary.add(classes, e.field(0), e.field(1), e.field(2));
        }
        tense = symbols.id("TENSE");
        for (TsvEntries.Entry e : TsvEntries.readResource(TimeRules.class, "tense.tsv")) {
            Vocabulary.add(classes, e.field(0), "TENSE", e.field(1));
        }
        for (String word : literals) {
            Vocabulary.add(classes, word, Symbols.LITERAL + word, "");
        }
        for (TsvEntries.Entry e : TsvEntries.readResource(TimeRules.class, "modifiers.tsv")) {
            modifiers.put(e.field(0), e.field(1));
        }
        Map<String, WordEntry.Ambiguity> ambiguous = new HashMap<>();
        boolean inLeads = false;
        for (TsvEntries.Entry e : TsvEntries.readResource(TimeRules.class, "ambiguous.txt")) {
            String first = e.field(0).strip();
            if (first.equals("[words]") || first.equals("[leads]")) {
                inLeads = first.equals("[leads]");
            } else if (inLeads) {
                leads.add(first);
            } else {
                String how = e.fields().size() > 1 ? e.field(1) : "any";
                ambiguous.put(first, switch (how) {
                    case "capitalised" -> WordEntry.Ambiguity.CAPITALISED;
                    case "never" -> WordEntry.Ambiguity.NEVER_ALONE;
                    case "any" -> WordEntry.Ambiguity.ANY_CASE;
                    default -> throw e.error("unknown ambiguity '" + how + "'", "write capitalised, any or never");
                });
            }
        }
        vocabulary = Vocabulary.of(classes, symbols, ambiguous);
    }

    private static final class Holder {
        static final TimeRules BUILT_IN = new TimeRules();
    }

    static TimeRules builtIn() {
        return Holder.BUILT_IN;
    }

    int id(String name) {
        return symbols.id(name);
    }

    int id(Shape shape) {
        return shapes.id(shape);
    }
}
