package org.textlens.learn;

/**
 * A model file that cannot be used: not a model, corrupt, of another format version or for another
 * command. Prints as {@code FILE[:LINE]: what (hint)}; the CLI exits with status 2.
 */
public final class ModelException extends RuntimeException {
    private final String source;
    private final String hint;

    public ModelException(String source, String message, String hint) {
        super(message);
        this.source = source;
        this.hint = hint;
    }

    public String source() {
        return source;
    }

    /** {@code FILE[:LINE]: what went wrong (what to do)}. */
    public String describe() {
        return source + ": " + getMessage() + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
