package org.textlens.nlp;
/** TEMPORARY placeholder until the real lemmatizer lands. */
public final class Lemmatizer {
    private static final Lemmatizer INSTANCE = new Lemmatizer();
    public static Lemmatizer english() { return INSTANCE; }
    public String lemma(String w) { return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w; }
}
