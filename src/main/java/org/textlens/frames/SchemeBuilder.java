package org.textlens.frames;

import org.textlens.corpus.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.textlens.lexicon.DicFile;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.lexicon.PrefixMatcher;
import org.textlens.lexicon.TsvEntries;
import org.textlens.nlp.Lemmatizer;
import org.textlens.nlp.Normalization;

/**
 * Collects cues from built-in schemes, scheme files ({@code frame<TAB>cue<TAB>weight}) and
 * LIWC-style dictionaries into one {@link Scheme}. A cue given twice for the same frame (or two
 * spellings with the same lemmas, such as "price" and "prices") keeps its first spelling as its
 * label and its last weight; the same words may cue several frames.
 */
public final class SchemeBuilder {
    private static final double MAX_WEIGHT = 100;
    /** Not a cue: the line sets the frame's presence score (see {@link Presence}). */
    static final String PRESENT = "@present";

    private final Set<String> frames = new LinkedHashSet<>();
    private final Map<List<String>, Map<String, Cue>> lemmaCues = new LinkedHashMap<>();
    private final Map<List<String>, Map<String, Cue>> formPhraseCues = new LinkedHashMap<>();
    private final Map<String, Map<String, Cue>> formWordCues = new LinkedHashMap<>();
    private final Map<String, Map<String, Cue>> formPrefixCues = new LinkedHashMap<>();
    private final Map<CuePattern, Map<String, Cue>> patternCues = new EnumMap<>(CuePattern.class);
    private final Map<String, Double> presence = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();

    /** Adds a built-in scheme. */
    public SchemeBuilder add(Scheme.Builtin builtin) {
        sources.add(builtin.schemeName());
        addEntries(TsvEntries.readResource(SchemeBuilder.class, builtin.resource()));
        return this;
    }

    /** Adds a scheme file; a malformed line fails with the file and the line. */
    public SchemeBuilder addFile(Path file) {
        sources.add(file.toString());
        addEntries(TsvEntries.readFile(file));
        return this;
    }

    /** Adds a LIWC-style dictionary: each category is a frame, each entry a cue of weight 1. */
    public SchemeBuilder addDic(DicFile dic) {
        sources.add(dic.source());
        frames.addAll(dic.categories());
        for (DicFile.Entry e : dic.entries()) {
            String label = e.term() + (e.prefix() ? "*" : "");
            for (String frame : e.categories()) {
                Cue cue = new Cue(frame, label, 1.0);
                List<String> words = e.words();
                if (words.size() > 1) {
                    // a wildcard on a phrase's last word is read as the word itself
                    formPhraseCues.computeIfAbsent(words, k -> new LinkedHashMap<>()).put(frame, cue);
                } else if (e.prefix()) {
                    formPrefixCues.computeIfAbsent(e.term(), k -> new LinkedHashMap<>()).put(frame, cue);
                } else {
                    formWordCues.computeIfAbsent(e.term(), k -> new LinkedHashMap<>()).put(frame, cue);
                }
            }
        }
        return this;
    }

    private void addEntries(List<TsvEntries.Entry> entries) {
        for (TsvEntries.Entry e : entries) {
            addEntry(e);
        }
    }

    private void addEntry(TsvEntries.Entry e) {
        if (e.fields().size() < 2 || e.fields().size() > 3) {
            throw e.error("expected 'frame<TAB>cue<TAB>weight' but found " + e.fields().size() + " field(s)",
                "separate the fields with one tab each; the weight may be left out (1)");
        }
        String frame = e.field(0).strip();
        String cueText = e.field(1).strip();
        if (frame.isEmpty() || !frame.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw e.error("frame name '" + Excerpt.of(frame) + "' is empty or has characters other than letters, digits, '_' and '-'",
                "name frames like human_interest");
        }
        if (cueText.isEmpty()) {
            throw e.error("empty cue", "write a word, a phrase, or a pattern such as @reproach");
        }
        double weight = e.fields().size() == 3 ? weight(e) : 1.0;
        frames.add(frame);
        Cue cue = new Cue(frame, cueText, weight);
        if (cueText.equals(PRESENT)) {
            if (e.fields().size() < 3) {
                throw e.error("@present needs a score", "write 'frame<TAB>@present<TAB>3' for a frame present from score 3");
            }
            presence.put(frame, weight);
            return;
        }
        if (cueText.startsWith("@")) {
            CuePattern pattern = CuePattern.named(cueText.substring(1)).orElseThrow(() -> e.error("unknown pattern '" + Excerpt.of(cueText) + "'",
                "the patterns are " + CuePattern.names() + "; " + PRESENT + " sets the frame's presence score"));
            patternCues.computeIfAbsent(pattern, k -> new LinkedHashMap<>()).put(frame, cue);
            return;
        }
        Map<String, Cue> byFrame = lemmaCues.computeIfAbsent(lemmas(cueText), k -> new LinkedHashMap<>());
        Cue earlier = byFrame.get(frame);
        // "price" and "prices" are one cue: it keeps the first spelling as its label, the last weight
        byFrame.put(frame, earlier == null ? cue : new Cue(frame, earlier.label(), weight));
    }

    private static double weight(TsvEntries.Entry e) {
        String raw = e.field(2).strip();
        try {
            double w = Double.parseDouble(raw);
            if (w >= 0 && w <= MAX_WEIGHT) {
                return w;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw e.error("weight '" + Excerpt.of(raw) + "' is not a number from 0 to " + (int) MAX_WEIGHT,
            "write a weight such as 1 or 0.5; 0 marks a phrase that only stops its words from cueing the frame");
    }

    /** The lemmas of a cue's words, as {@link CueMatcher} computes them for text. */
    static List<String> lemmas(String phrase) {
        return Arrays.stream(phrase.strip().split("\\s+")).map(SchemeBuilder::lemma).toList();
    }

    static String lemma(String word) {
        return Lemmatizer.english().lemma(Normalization.normalize(word.toLowerCase(Locale.ROOT)));
    }

    public Scheme build(String name) {
        PhraseMatcher.Builder<List<Cue>> lemmaPhrases = PhraseMatcher.builder();
        lemmaCues.forEach((words, cues) -> lemmaPhrases.add(words, List.copyOf(cues.values())));
        PhraseMatcher.Builder<List<Cue>> formPhrases = PhraseMatcher.builder();
        formPhraseCues.forEach((words, cues) -> formPhrases.add(words, List.copyOf(cues.values())));
        PrefixMatcher.Builder<List<Cue>> formWords = PrefixMatcher.builder();
        formWordCues.forEach((word, cues) -> formWords.exact(word, List.copyOf(cues.values())));
        formPrefixCues.forEach((prefix, cues) -> formWords.prefix(prefix, List.copyOf(cues.values())));
        Map<CuePattern, List<Cue>> patterns = new EnumMap<>(CuePattern.class);
        patternCues.forEach((p, cues) -> patterns.put(p, List.copyOf(cues.values())));
        int size = count(lemmaCues) + count(formPhraseCues) + count(formWordCues) + count(formPrefixCues)
            + patternCues.values().stream().mapToInt(Map::size).sum();
        return new Scheme(name, List.copyOf(frames), lemmaPhrases.build(), formPhrases.build(), formWords.build(), patterns,
            presence, size);
    }

    /** The names of what was added, joined with '+', for the output's options. */
    public String describe() {
        return String.join("+", sources);
    }

    private static int count(Map<?, ? extends Map<String, Cue>> cues) {
        return cues.values().stream().mapToInt(Map::size).sum();
    }
}
