package org.textlens.nlp;

/**
 * What an analysis needs from annotation. Each worker thread builds its own {@link Annotator}
 * from one request, because OpenNLP's ME classes are not thread-safe; the models are shared.
 *
 * @param sentences how sentence boundaries are found
 * @param tokenizer which tokenizer splits sentences into tokens
 * @param pos whether tokens get UD part-of-speech tags (the slowest step; only when asked)
 */
public record AnnotationRequest(SentenceMode sentences, TokenizerKind tokenizer, boolean pos) {

    public enum SentenceMode {
        /** OpenNLP's sentence model inside paragraphs. */
        MODEL,
        /** Paragraphs only; for analyses that sentence splitting cannot change. */
        PARAGRAPH
    }

    public enum TokenizerKind {
        /** Our Unicode word tokenizer: fast, keeps {@code US-backed} and {@code Ukraine's} whole. */
        WORD,
        /** OpenNLP's English tokenizer model. */
        OPENNLP
    }

    public Annotator newAnnotator() {
        SentenceSplitter splitter = switch (sentences) {
            case MODEL -> new SentenceSplitter.ByModel();
            case PARAGRAPH -> new SentenceSplitter.ByParagraph();
        };
        Tokenizer tok = switch (tokenizer) {
            case WORD -> new WordTokenizer();
            case OPENNLP -> new OpenNlpTokenizer();
        };
        return new Annotator(splitter, tok, pos ? new PosTagger() : null);
    }
}
