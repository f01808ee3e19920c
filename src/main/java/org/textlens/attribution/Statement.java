package org.textlens.attribution;

import java.util.Optional;

/**
 * An attributed statement found in a document: the statement text {@code [start, end)} in code
 * points, the sentence it starts in, its speaker (if one was found) and the verb that reported it.
 */
public record Statement(int sentence, int start, int end, Optional<Mention> speaker, Optional<String> verb, Kind kind, String text,
                        int words) {
    public enum Kind { DIRECT, INDIRECT }

    Statement withSpeaker(Optional<Mention> other) {
        return new Statement(sentence, start, end, other, verb, kind, text, words);
    }

    Statement withAttribution(Optional<Mention> other, Optional<String> otherVerb) {
        return new Statement(sentence, start, end, other, otherVerb, kind, text, words);
    }

    /** The speaker as the output writes it; empty when none was found. */
    public String speakerName() {
        return speaker.map(Mention::text).orElse("");
    }

    public Optional<Integer> speakerStart() {
        return speaker.map(Mention::start);
    }

    public Optional<Integer> speakerEnd() {
        return speaker.map(Mention::end);
    }
}
