package org.textlens.loaded;

import org.textlens.corpus.Excerpt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.textlens.lexicon.TsvEntries;
import org.textlens.nlp.Normalization;
import org.textlens.nlp.Token;
import org.textlens.nlp.WordTokenizer;

/** Turns one lexicon line's fields into an entry, or fails with the line and what to write. */
final class EntryParser {
    static final double DEFAULT_WEIGHT = 0.5;

    private EntryParser() {
    }

    static LexiconEntry parse(TsvEntries.Entry row) {
        List<String> f = row.fields();
        if (f.size() < 2) {
            throw row.error("expected at least a term and a category", "columns: " + LexiconFile.COLUMNS);
        }
        if (f.size() > 6) {
            throw row.error("too many columns (" + f.size() + ")", "columns: " + LexiconFile.COLUMNS
                + "; separate alternatives with ' | ', not with the column separator");
        }
        String term = f.get(0).strip();
        List<Token> tokens = WordTokenizer.tokensOf(Normalization.normalize(term));
        if (tokens.isEmpty()) {
            throw row.error("the term is empty", "write the word or phrase in the first column");
        }
        String category = f.get(1).strip();
        if (Category.of(category).isEmpty()) {
            throw row.error("unknown category '" + Excerpt.of(category) + "'", "use one of " + String.join(", ", Category.ids()));
        }
        double weight = weight(row, field(f, 2));
        List<String> alternatives = Arrays.stream(field(f, 3).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        MatchRules rules = FlagParser.parse(row, field(f, 5));
        List<String> surface = tokens.stream().map(Token::norm).toList();
        List<String> words = surface.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new LexiconEntry(term, words, surface, category, weight, alternatives, field(f, 4).strip(), rules,
            row.source() + ":" + row.line());
    }

    private static String field(List<String> f, int i) {
        return i < f.size() ? f.get(i) : "";
    }

    private static double weight(TsvEntries.Entry row, String text) {
        if (text.isBlank()) {
            return DEFAULT_WEIGHT;
        }
        double w;
        try {
            w = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw row.error("weight '" + Excerpt.of(text.strip()) + "' is not a number", "write a decimal from 0 to 1, e.g. 0.6");
        }
        if (!(w >= 0 && w <= 1)) {
            throw row.error("weight " + text.strip() + " is outside 0..1", "write a decimal from 0 to 1, e.g. 0.6");
        }
        return w;
    }

    /** The words of a flag's phrase list: {@code de grâce|the title} -> [[de, grâce], [the, title]]. */
    static List<List<String>> phrases(String list) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : list.split("\\|")) {
            List<String> words = WordTokenizer.tokensOf(Normalization.normalize(phrase.strip())).stream()
                .map(t -> t.norm().toLowerCase(Locale.ROOT)).toList();
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }
}
