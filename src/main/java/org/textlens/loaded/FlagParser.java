package org.textlens.loaded;

import org.textlens.corpus.Excerpt;
import java.util.List;
import org.textlens.lexicon.TsvEntries;

/** The flags column: comma-separated {@code case}, {@code exact}, {@code verb}, {@code extend}, {@code not-before=...}, {@code not-after=...}, {@code only-after=...}. */
final class FlagParser {
    static final String KNOWN = "case, exact, verb, extend, not-before=PHRASE|PHRASE, not-after=PHRASE|PHRASE, only-after=PHRASE|PHRASE";

    private FlagParser() {
    }

    static MatchRules parse(TsvEntries.Entry row, String flags) {
        boolean caseSensitive = false;
        boolean exact = false;
        boolean verb = false;
        boolean extend = false;
        List<List<String>> notBefore = List.of();
        List<List<String>> notAfter = List.of();
        List<List<String>> onlyAfter = List.of();
        for (String raw : flags.split(",")) {
            String flag = raw.strip();
            if (flag.isEmpty() || flag.equals("phrase")) {
                continue; // every multi-word term is matched as a phrase
            }
            int eq = flag.indexOf('=');
            String name = eq < 0 ? flag : flag.substring(0, eq).strip();
            String value = eq < 0 ? "" : flag.substring(eq + 1);
            switch (name) {
                case "case" -> caseSensitive = true;
                case "exact" -> exact = true;
                case "verb" -> verb = true;
                case "extend" -> extend = true;
                case "not-before" -> notBefore = phrases(row, name, value);
                case "not-after" -> notAfter = phrases(row, name, value);
                case "only-after" -> onlyAfter = phrases(row, name, value);
                default -> throw row.error("unknown flag '" + Excerpt.of(flag) + "'", "flags are " + KNOWN + ", separated by commas");
            }
        }
        return new MatchRules(caseSensitive, exact, verb, notBefore, notAfter, onlyAfter, extend, false);
    }

    private static List<List<String>> phrases(TsvEntries.Entry row, String name, String value) {
        List<List<String>> phrases = EntryParser.phrases(value);
        if (phrases.isEmpty()) {
            throw row.error("flag " + name + " needs words", "write e.g. " + name + "=de grace|the title");
        }
        return phrases;
    }
}
