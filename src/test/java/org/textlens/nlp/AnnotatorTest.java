package org.textlens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.textlens.corpus.Document;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;

/** Sentences and tokens with code-point offsets, as every analyser receives them. */
class AnnotatorTest {
    private static AnnotatedDocument annotate(String text, SentenceMode mode, TokenizerKind tokenizer, boolean pos) {
        return new AnnotationRequest(mode, tokenizer, pos).newAnnotator().annotate(Document.of("d", text));
    }

    private static List<String> tokens(String text) {
        return annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, false).sentences().stream()
            .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void wordTokenizerKeepsInnerApostrophesHyphensAndNumberSeparators() {
        assertEquals(List.of("the", "2014", "US-backed", "coup", "in", "Ukraine\u2019s", "capital", "cost", "$", "1,200.50", "."),
            tokens("the 2014 US-backed coup in Ukraine\u2019s capital cost $1,200.50."));
        assertEquals(List.of("U.S.", "officials", "-", "and", "others", "'", "-", "left"), tokens("U.S. officials - and others' - left"));
    }

    @Test
    void normalisedFormUnifiesApostrophesAndHyphens() {
        Token t = annotate("Ukraine\u2019s cross\u2010border", SentenceMode.MODEL, TokenizerKind.WORD, false).sentences().get(0).tokens().get(0);
        assertEquals("Ukraine's", t.norm());
        assertEquals(TokenKind.WORD, t.kind());
    }

    @Test
    void offsetsAreCodePointsEvenAfterAnEmoji() {
        String text = "Smile \uD83D\uDE00 in \u041A\u0438\u0457\u0432 today.";
        AnnotatedDocument doc = annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, false);
        Token kyiv = doc.sentences().get(0).tokens().stream().filter(t -> t.text().startsWith("\u041A")).findFirst().orElseThrow();
        assertEquals(new Span(11, 15), kyiv.span(), "the emoji is one code point but two UTF-16 units");
        int[] cps = text.codePoints().toArray();
        assertEquals("\u041A\u0438\u0457\u0432", new String(cps, kyiv.start(), kyiv.end() - kyiv.start()));
    }

    @Test
    void sentencesAreSplitByTheModelAndIndexedFromZero() {
        AnnotatedDocument doc = annotate("Talks began on Monday. They ended on Friday! Did they work?", SentenceMode.MODEL, TokenizerKind.WORD, false);
        assertEquals(3, doc.sentences().size());
        assertEquals(List.of(0, 1, 2), doc.sentences().stream().map(Sentence::index).toList());
        assertEquals(new Span(23, 44), doc.sentences().get(1).span());
    }

    private static List<String> sentenceTexts(String text) {
        return annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, false).sentences().stream()
            .map(s -> text.substring(text.offsetByCodePoints(0, s.span().start()), text.offsetByCodePoints(0, s.span().end()))).toList();
    }

    @Test
    void aCutAfterAnAbbreviationThatTheNextWordsContinueIsUndone() {
        // each of these the model alone cuts after the abbreviation
        List<String> whole = List.of(
            "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.",
            "The meeting at 9 a.m. Tuesday was long.",
            "It was Bush vs. Dukakis in the U.S. election.",
            "The firm closed on Aug. 5 and reopened.",
            "Prices rose until 5 p.m. yesterday, traders said.",
            "I met Gen. Colin Powell.",
            "\"It is a good start,\" Sen. Lena Marsh (D-Ore.) said on Saturday.");
        for (String sentence : whole) {
            assertEquals(List.of(sentence), sentenceTexts(sentence));
        }
    }

    @Test
    void aSentenceThatEndsWithAnAbbreviationStillEnds() {
        assertEquals(List.of("The talks ended at 5 p.m.", "The delegates left."), sentenceTexts("The talks ended at 5 p.m. The delegates left."));
        assertEquals(List.of("It was bought by Apple Inc.", "Its shares rose."), sentenceTexts("It was bought by Apple Inc. Its shares rose."));
        assertEquals(List.of("They chose plan B.", "Then they left."), sentenceTexts("They chose plan B. Then they left."));
    }

    @Test
    void sentenceBoundsAreUtf16IndicesWhetherTokensAreLazyOrTagged() {
        String text = "Smile \uD83D\uDE00 now. Then Kyiv \uD83D\uDE00\uD83D\uDE00 wins! End.";
        for (boolean pos : List.of(false, true)) {
            AnnotatedDocument doc = annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, pos);
            int[] bounds = doc.sentenceBounds();
            assertEquals(6, bounds.length);
            assertEquals("Then Kyiv \uD83D\uDE00\uD83D\uDE00 wins!", text.substring(bounds[2], bounds[3]));
            assertEquals("End.", text.substring(bounds[4], bounds[5]));
        }
    }

    @Test
    void blankLinesAndHeadlinesAreBoundaries() {
        AnnotatedDocument doc = annotate("Ceasefire talks resume\nNegotiators met in Valmora on Tuesday and\nagreed to meet again.\n\nA second paragraph",
            SentenceMode.PARAGRAPH, TokenizerKind.WORD, false);
        assertEquals(3, doc.sentences().size(), doc.sentences().toString());
        assertEquals("Negotiators", doc.sentences().get(1).tokens().get(0).text());
    }

    @Test
    void posTagsAreUniversalDependencies() {
        List<Token> tokens = annotate("The talks resumed in Geneva.", SentenceMode.MODEL, TokenizerKind.WORD, true).sentences().get(0).tokens();
        assertEquals(List.of("DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"), tokens.stream().map(t -> t.pos().orElseThrow()).toList());
    }

    @Test
    void opennlpTokenizerSeparatesPunctuation() {
        List<String> words = annotate("It cost $100, (roughly).", SentenceMode.MODEL, TokenizerKind.OPENNLP, false).sentences().get(0)
            .tokens().stream().map(Token::text).toList();
        assertEquals(List.of("It", "cost", "$", "100", ",", "(", "roughly", ")", "."), words);
    }

    @Test
    void visitedTokensMatchMaterialisedTokens() {
        String text = "Mr. Smith's U.S.-backed plan: 40% by 2025... really?\n\nYes \uD83D\uDE00 indeed.";
        AnnotatedDocument lazy = annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, false);
        StringBuilder visited = new StringBuilder();
        lazy.visitTokens(new TokenVisitor() {
            @Override
            public void token(char[] source, int start, int end, TokenKind kind) {
                visited.append(source, start, end - start).append('|');
            }

            @Override
            public void sentenceEnd() {
                visited.append("#");
            }
        });
        StringBuilder materialised = new StringBuilder();
        for (Sentence s : lazy.sentences()) {
            s.tokens().forEach(t -> materialised.append(t.text()).append('|'));
            materialised.append('#');
        }
        assertEquals(materialised.toString(), visited.toString());
    }

    @Test
    void aRunWithoutSentencePunctuationIsCutAtWhiteSpace() {
        String text = "word ".repeat(10_000); // 50,000 characters, no sentence end
        List<Sentence> sentences = annotate(text, SentenceMode.MODEL, TokenizerKind.WORD, false).sentences();
        assertEquals(3, sentences.size());
        int tokens = 0;
        for (Sentence s : sentences) {
            assertTrue(s.span().length() <= 20_000, s.span().toString());
            tokens += s.tokens().size();
        }
        assertEquals(10_000, tokens, "no word is lost or split at a cut");
    }
}
