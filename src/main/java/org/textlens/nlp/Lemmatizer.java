package org.textlens.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Dictionary-plus-rules English lemmatizer: maps a lower-cased word form to its base form
 * (talks -> talk, was -> be, children -> child, ukraine's -> ukraine) without part-of-speech
 * information.
 *
 * <p>Irregular and otherwise surprising forms come from {@code lemma-exceptions-en.tsv}; the
 * remaining words go through ordered suffix rules ({@link SuffixRules}). Without POS tags a form
 * such as "meeting" or "lives" is ambiguous; the rules then pick the verb reading and the
 * exception list overrides it where the noun reading dominates in news text.
 *
 * <p>Instances are immutable and safe to share between threads. {@link #lemma} uses no regular
 * expressions and allocates nothing but the returned string, so it is cheap enough to call per
 * word type even before the caller's memoisation warms up.
 */
public final class Lemmatizer {
    static final String EXCEPTIONS_RESOURCE = "lemma-exceptions-en.tsv";

    private final FormTable exceptions;

    private Lemmatizer(Map<String, String> exceptions) {
        this.exceptions = new FormTable(exceptions);
    }

    /** The built-in English lemmatizer; its resources are read once, on first use. */
    public static Lemmatizer english() {
        return Holder.ENGLISH;
    }

    // The holder idiom gives lazy, once-only, safely published loading without locks or
    // mutable static fields.
    private static final class Holder {
        static final Lemmatizer ENGLISH = new Lemmatizer(loadExceptions());
    }

    /**
     * Returns the base form of a lower-cased word. A possessive 's or trailing apostrophe is
     * dropped; in a hyphenated word only the last part is lemmatised, and only as a noun, since
     * such compounds are adjectives ("us-backed", "long-running") or nouns ("peace-talks"),
     * except after a verb prefix ("re-elected" -> "re-elect").
     * Words under three letters, words with digits or other symbols, and words without a
     * known inflection are returned unchanged (the same instance).
     */
    public String lemma(String word) {
        Objects.requireNonNull(word, "word");
        int end = word.length();
        if (end >= 3 && word.charAt(end - 1) == 's' && isApostrophe(word.charAt(end - 2))) {
            end -= 2;
        } else if (end >= 2 && isApostrophe(word.charAt(end - 1))) {
            end -= 1;
        }
        int start = end;
        while (start > 0 && word.charAt(start - 1) != '-') {
            start--;
        }
        // re-elected, co-founded, de-escalating are verbs with a hyphenated prefix, not
        // adjectival compounds, so their last part is lemmatised in full.
        boolean compound = start > 0 && !isVerbPrefix(word, start - 1);
        String part = lemmaOfPart(word, start, end, compound);
        if (part == null) {
            return end == word.length() ? word : word.substring(0, end);
        }
        return start == 0 ? part : word.substring(0, start).concat(part);
    }

    /** The lemma of {@code s[from, to)}, or null when that slice is already a lemma. */
    private String lemmaOfPart(String s, int from, int to, boolean inCompound) {
        if (to - from == 0 || !isWord(s, from, to)) {
            return null;
        }
        String listed = exceptions.get(s, from, to);
        // In a compound only listed plurals apply: "well-known" must not become "well-know".
        if (listed != null && (!inCompound || s.charAt(to - 1) == 's')) {
            return exceptions.isIdentity(s, from, to, listed) ? null : listed;
        }
        if (to - from < 3) {
            return null;
        }
        return SuffixRules.apply(s, from, to, inCompound);
    }

    /** Letters and internal apostrophes only: numbers, codes and upper case are left alone. */
    private static boolean isWord(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || c == '\'') {
                continue;
            }
            if (c < 128 || !Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbPrefix(String word, int hyphen) {
        for (String prefix : VERB_PREFIXES) {
            if (hyphen == prefix.length() && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] VERB_PREFIXES = {"re", "co", "pre", "de", "mis"};

    private static boolean isApostrophe(char c) {
        // Typographic apostrophes survive some tokenizers; treat them like the ASCII one.
        return c == '\'' || c == '\u2019';
    }

    /** Reads the bundled exception list; fails fast on a malformed resource. */
    static Map<String, String> loadExceptions() {
        InputStream in = Lemmatizer.class.getResourceAsStream(EXCEPTIONS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + EXCEPTIONS_RESOURCE);
        }
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parseExceptions(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXCEPTIONS_RESOURCE, e);
        }
    }

    /**
     * Parses "form TAB lemma" lines; blank lines and lines starting with '#' are skipped.
     * A malformed line or a form listed twice is an error rather than a silent override, since
     * the file is edited by hand.
     */
    static Map<String, String> parseExceptions(BufferedReader reader) throws IOException {
        Map<String, String> map = new HashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab != line.lastIndexOf('\t') || tab == line.length() - 1) {
                throw new IllegalArgumentException(
                        "line " + lineNo + ": expected 'form<TAB>lemma' but got: " + line);
            }
            String form = line.substring(0, tab);
            String lemma = line.substring(tab + 1);
            if (!isEntryWord(form) || !isEntryWord(lemma)) {
                throw new IllegalArgumentException(
                        "line " + lineNo + ": entries must be lower-case words: " + line);
            }
            if (map.put(form, lemma) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": duplicate form " + form);
            }
        }
        return map;
    }

    private static boolean isEntryWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
