package org.textlens.attribution;

import java.util.Locale;
import java.util.Optional;

/**
 * An attributed statement found in a document: the statement text {@code [start, end)} in code
 * points, the sentence it starts in, its speaker (if one was found), the verb that reported it,
 * what kind of attribution it is, and how far its speaker could be named.
 */
public record Statement(int sentence, int start, int end, Optional<Mention> speaker, Optional<String> verb, Kind kind, String text,
                        int words, SpeakerStatus speakerStatus) {
    /** What kind of attribution a statement is; {@link #label()} is how the output writes it. */
    public enum Kind {
        /** Words in quote marks: {@code "We will win," she said}. */
        DIRECT,
        /** Reported speech: {@code She said the talks would begin}. */
        INDIRECT,
        /** A source named with "according to": {@code According to the ministry, ...}. */
        ACCORDING_TO,
        /** A document or a measurement speaks: {@code The report found ...}, {@code Polls show ...}, {@code the memo said ...}. */
        WRITTEN,
        /** A belief, hope or fear: {@code She believes the plan will fail}. */
        BELIEF,
        /** An intention or wish: {@code He plans to run again}, {@code They want a recount}. */
        INTENTION,
        /** A refusal to speak or act: {@code The company declined to comment}; the text is what was refused. */
        REFUSAL,
        /** Support given: {@code The union endorsed Ortiz}, {@code backs the bill}. */
        ENDORSEMENT;

        /** The kind as the output writes it: {@code direct}, {@code according_to}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind written as {@link #label()} writes it, or empty when there is none. */
        public static Optional<Kind> ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** How far a statement's speaker could be named; {@link #label()} is how the output writes it. */
    public enum SpeakerStatus {
        /** A name: written as such, or a surname, title or pronoun resolved to one. */
        RESOLVED,
        /** A description without a name: "the regional government", "analysts", "protesters". */
        DESCRIBED,
        /** A pronoun that could not be tied to one name ("they" with several candidates); kept as written. */
        PRONOUN,
        /** Someone the text keeps unnamed on purpose: "a senior official", "sources familiar with the talks"; speaker empty. */
        ANONYMOUS,
        /** Nobody could be found; speaker empty. */
        UNRESOLVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status a speaker of this mention kind has before any resolution. */
        static SpeakerStatus of(Optional<Mention> speaker) {
            return speaker.map(m -> switch (m.kind()) {
                case NAME -> RESOLVED;
                case NOUN_PHRASE -> DESCRIBED;
                case PRONOUN -> PRONOUN;
            }).orElse(UNRESOLVED);
        }
    }

    /** A statement whose speaker status follows from its speaker mention. */
    public Statement(int sentence, int start, int end, Optional<Mention> speaker, Optional<String> verb, Kind kind, String text, int words) {
        this(sentence, start, end, speaker, verb, kind, text, words, SpeakerStatus.of(speaker));
    }

    Statement withSpeaker(Optional<Mention> other) {
        return new Statement(sentence, start, end, other, verb, kind, text, words);
    }

    Statement withSpeaker(Optional<Mention> other, SpeakerStatus status) {
        return new Statement(sentence, start, end, other, verb, kind, text, words, status);
    }

    Statement withAttribution(Optional<Mention> other, Optional<String> otherVerb) {
        return new Statement(sentence, start, end, other, otherVerb, kind, text, words);
    }

    Statement withKind(Kind other) {
        return new Statement(sentence, start, end, speaker, verb, other, text, words, speakerStatus);
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
