package org.textlens.corpus;

import java.util.OptionalLong;

/**
 * A problem with one input: a missing file, an unreadable record. Carries where it happened and
 * what the user can do about it, so it prints as {@code FILE[:LINE]: what (hint)}.
 */
public final class InputException extends RuntimeException {
    private final String source;
    private final OptionalLong line;
    private final String hint;

    public InputException(String source, OptionalLong line, String message, String hint) {
        super(message);
        this.source = source;
        this.line = line;
        this.hint = hint;
    }

    public InputException(String source, String message, String hint) {
        this(source, OptionalLong.empty(), message, hint);
    }

    public String where() {
        return line.isPresent() ? source + ":" + line.getAsLong() : source;
    }

    /** The one-line description: {@code FILE[:LINE]: what went wrong (what to do)}. */
    public String describe() {
        return where() + ": " + getMessage() + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
