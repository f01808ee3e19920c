package org.textlens.attribution;

/**
 * Who a statement is attributed to, as written: a name, a noun phrase ("regional government"),
 * or a pronoun. {@code start}/{@code end} are code points; the text is exactly what stands there.
 */
public record Mention(String text, int start, int end, Kind kind) {
    public enum Kind { NAME, NOUN_PHRASE, PRONOUN }
}
