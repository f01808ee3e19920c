package org.textlens.frames;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.lexicon.PrefixMatcher;

/**
 * A frame scheme: its frames in order and the cues that signal them. Cues are found three
 * ways: words and phrases over lemmas (the scheme files), words and phrases over lower-cased word
 * forms with prefix wildcards (LIWC-style dictionaries, which are written for forms), and named
 * sentence patterns. Immutable; one instance serves every thread.
 *
 * @param name the scheme's name, as the output reports it
 * @param frames the frames, in the order rows are written
 * @param lemmaPhrases cues matched over lemmas
 * @param formPhrases multi-word dictionary entries, matched over lower-cased forms
 * @param formWords single-word dictionary entries, exact or prefix, over lower-cased forms
 * @param patterns the cues that are sentence patterns
 * @param presence the score at which each frame counts as present in a document, for the frames
 *     whose scheme sets one with {@code @present}
 * @param size the number of cues
 */
public record Scheme(String name, List<String> frames, PhraseMatcher<List<Cue>> lemmaPhrases, PhraseMatcher<List<Cue>> formPhrases,
                     PrefixMatcher<List<Cue>> formWords, Map<CuePattern, List<Cue>> patterns, Map<String, Double> presence,
                     int size) {
    /** The built-in schemes. */
    public enum Builtin {
        GENERIC("generic"), POLICY("policy");

        private final String resource;

        Builtin(String resource) {
            this.resource = resource;
        }

        public String schemeName() {
            return resource;
        }

        String resource() {
            return resource + ".tsv";
        }
    }

    public Scheme {
        frames = List.copyOf(frames);
        patterns = patterns.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(patterns));
        presence = Map.copyOf(presence);
    }
}
