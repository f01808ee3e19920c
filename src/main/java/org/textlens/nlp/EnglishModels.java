package org.textlens.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, each loaded from the classpath once per process and only on first
 * use. They are read by file name rather than through OpenNLP's model finder because every model
 * jar ships a {@code model.properties} at its root and a merged jar keeps only one of them.
 */
final class EnglishModels {
    private EnglishModels() {
    }

    static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    static TokenizerModel tokenizer() {
        return TokenizerHolder.MODEL;
    }

    static POSModel pos() {
        return PosHolder.MODEL;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = EnglishModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " is missing from the classpath (rebuild the jar)");
            }
            return reader.read(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    private static final class TokenizerHolder {
        static final TokenizerModel MODEL = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }
}
