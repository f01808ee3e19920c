package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.tokenize.TokenizerME;

/** The OpenNLP English tokenizer model; one instance per thread, since TokenizerME is not thread-safe. */
final class OpenNlpTokenizer implements Tokenizer {
    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizer());

    @Override
    public List<Token> tokenize(String text, int start, int end, CodePointIndex index) {
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(text.substring(start, end));
        List<Token> tokens = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            int from = start + s.getStart();
            int to = start + s.getEnd();
            String raw = text.substring(from, to);
            tokens.add(new Token(raw, index.toCodePoint(from), index.toCodePoint(to), Normalization.normalize(raw), TokenKind.of(raw), Optional.empty()));
        }
        return tokens;
    }
}
