package org.textlens.attribution;

import java.util.Locale;
import java.util.Optional;
import org.textlens.nlp.Span;

/**
 * An attributed statement found in a document: the statement text {@code [start, end)} in code
 * points, the sentence it starts in, its speaker (if one was found), the verb that reported it,
 * what kind of attribution it is, and how far its speaker could be named. A quotation interrupted
 * by its attribution ({@code "We will win," she said, "and rebuild."}) is one statement whose
 * {@link #interruption()} is the attribution between its parts: not the speaker's words.
 */
public record Statement(int sentence, int start, int end, Optional<Mention> speaker, Optional<String> verb, Kind kind, String text,
                        int words, SpeakerStatus speakerStatus, Optional<Span> interruption) {
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

    /** A statement in one piece whose speaker status follows from its speaker mention. */
    public Statement(int sentence, int start, int end, Optional<Mention> speaker, Optional<String> verb, Kind kind, String text, int words) {
        this(sentence, start, end, speaker, verb, kind, text, words, SpeakerStatus.of(speaker), Optional.empty());
    }

    /** Whether {@code [from, to)} lies inside the statement's words: inside its span and not in its interruption. */
    public boolean holds(int from, int to) {
        return from >= start && to <= end && interruption.map(g -> to <= g.start() || from >= g.end()).orElse(true);
    }

    Statement withSpeaker(Optional<Mention> other) {
        return new Statement(sentence, start, end, other, verb, kind, text, words, SpeakerStatus.of(other), interruption);
    }

    Statement withSpeaker(Optional<Mention> other, SpeakerStatus status) {
        return new Statement(sentence, start, end, other, verb, kind, text, words, status, interruption);
    }

    Statement withAttribution(Optional<Mention> other, Optional<String> otherVerb) {
        return new Statement(sentence, start, end, other, otherVerb, kind, text, words, SpeakerStatus.of(other), interruption);
    }

    Statement withKind(Kind other) {
        return new Statement(sentence, start, end, speaker, verb, other, text, words, speakerStatus, interruption);
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
