package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import org.textlens.corpus.Document;

/**
 * A document with its sentences and tokens; the single input every analyser works from.
 * Sentence boundaries are found when the document is annotated; tokens from the default word
 * tokenizer are produced only when first asked for, so an analysis that merely counts can stream
 * them through {@link #visitTokens} instead. Not thread-safe; a document belongs to one worker.
 */
public final class AnnotatedDocument {
    private final Document doc;
    private final List<int[]> ranges;        // sentence ranges, UTF-16 indices, when tokens are lazy
    private final WordTokenizer lazyTokenizer;
    private final char[] chars;              // the text's characters, when tokens are lazy
    private List<Sentence> sentences;
    private CharIndex charIndex;              // made on the first text(Span)

    public AnnotatedDocument(Document doc, List<Sentence> sentences) {
        this.doc = doc;
        this.sentences = List.copyOf(sentences);
        this.ranges = List.of();
        this.lazyTokenizer = null;
        this.chars = null;
    }

    /** @param chars the text's characters, which the document keeps and never changes */
    AnnotatedDocument(Document doc, char[] chars, List<int[]> ranges, WordTokenizer tokenizer) {
        this.doc = doc;
        this.chars = chars;
        this.ranges = ranges;
        this.lazyTokenizer = tokenizer;
    }

    public Document doc() {
        return doc;
    }

    public List<Sentence> sentences() {
        if (sentences == null) {
            String text = doc.text();
            CodePointIndex index = CodePointIndex.of(text);
            List<Sentence> out = new ArrayList<>(ranges.size());
            for (int[] r : ranges) {
                out.add(new Sentence(out.size(), index.span(r[0], r[1]), lazyTokenizer.tokenize(text, r[0], r[1], index)));
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    /**
     * The sentences as UTF-16 {start, end} index pairs into the text, in order ({@code [s0, e0,
     * s1, e1, ...]}), without tokenizing them: for analyses that scan the text's characters and
     * convert only the offsets they output.
     */
    public int[] sentenceBounds() {
        int[] bounds;
        if (sentences == null) {
            bounds = new int[ranges.size() * 2];
            for (int i = 0; i < ranges.size(); i++) {
                bounds[2 * i] = ranges.get(i)[0];
                bounds[2 * i + 1] = ranges.get(i)[1];
            }
            return bounds;
        }
        String text = doc.text();
        bounds = new int[sentences.size() * 2];
        int index = 0;
        int codePoint = 0;
        for (int i = 0; i < bounds.length; i++) {
            int target = i % 2 == 0 ? sentences.get(i / 2).span().start() : sentences.get(i / 2).span().end();
            index = text.offsetByCodePoints(index, target - codePoint);
            codePoint = target;
            bounds[i] = index;
        }
        return bounds;
    }

    /**
     * The code-point spans of the sentences, without tokenizing them: for analyses that read
     * sentences as text.
     */
    public List<Span> sentenceSpans() {
        if (sentences != null) {
            return sentences.stream().map(Sentence::span).toList();
        }
        CodePointIndex index = CodePointIndex.of(doc.text());
        List<Span> spans = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            spans.add(index.span(r[0], r[1]));
        }
        return spans;
    }

    /** The text of {@code sentence}, exactly as it stands in the document. */
    public String text(Sentence sentence) {
        return text(sentence.span());
    }

    /**
     * The text of a span of the document. The UTF-16 places of code points are found once per
     * document, so that a document of one 60 MB line with a million sentences does not pay a scan
     * of its whole text per span.
     */
    public String text(Span span) {
        String text = doc.text();
        CharIndex index = charIndex;
        if (index == null) {
            index = CharIndex.of(text);
            charIndex = index;
        }
        return text.substring(index.charAt(span.start()), index.charAt(span.end()));
    }

    /** UTF-16 index of each code point, or none where the two are the same (no surrogate pairs). */
    private static final class CharIndex {
        private final int[] charAt;

        private CharIndex(int[] charAt) {
            this.charAt = charAt;
        }

        static CharIndex of(String text) {
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                return new CharIndex(null);
            }
            int[] map = new int[codePoints + 1];
            int c = 0;
            for (int cp = 0; cp < codePoints; cp++) {
                map[cp] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            map[codePoints] = text.length();
            return new CharIndex(map);
        }

        int charAt(int codePoint) {
            return charAt == null ? codePoint : charAt[codePoint];
        }
    }

    /** Every token in text order, with a sentence end after each sentence. */
    public void visitTokens(TokenVisitor visitor) {
        if (sentences == null) {
            for (int[] r : ranges) {
                lazyTokenizer.scan(chars, r[0], r[1], visitor);
                visitor.sentenceEnd();
            }
            return;
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                visitor.token(t.text().toCharArray(), 0, t.text().length(), t.kind());
            }
            visitor.sentenceEnd();
        }
    }

    /**
     * Every token in text order, with a sentence end after each sentence, as a slice of one array
     * holding the document's text: {@code start} and {@code end} are UTF-16 indices into
     * {@code doc().text()}. For analyses that need where tokens are but not token objects.
     */
    public void visitTokensInText(TokenVisitor visitor) {
        if (sentences == null) {
            for (int[] r : ranges) {
                lazyTokenizer.scan(chars, r[0], r[1], visitor);
                visitor.sentenceEnd();
            }
            return;
        }
        String text = doc.text();
        char[] all = chars != null ? chars : text.toCharArray();
        int index = 0;
        int codePoint = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                index = text.offsetByCodePoints(index, t.start() - codePoint);
                int end = text.offsetByCodePoints(index, t.end() - t.start());
                visitor.token(all, index, end, t.kind());
                codePoint = t.start();
            }
            visitor.sentenceEnd();
        }
    }

    @Override
    public String toString() {
        return "AnnotatedDocument[" + doc.id() + "]";
    }
}
