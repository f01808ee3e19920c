package org.textlens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A long text cut into pieces must have, piece by piece, exactly the paragraphs of the whole. */
class ParagraphCutsTest {
    private static final String[] LINES = {"Talks resumed.", "A headline without an end", "", "   ", "\u201CQuoted.\u201D",
        "hard-wrapped prose that goes on", "and on, then ends!", "Why?", "Title: a colon;", "x", "\t", "Trailing space. ", "(Aside.)"};

    /** Lines of the kinds that decide paragraph ends, with LF, CRLF and lone CR line breaks. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(400); i > 0; i--) {
            b.append(LINES[random.nextInt(LINES.length)]).append(random.nextInt(5) == 0 ? "\r\n" : random.nextInt(9) == 0 ? "\r" : "\n");
        }
        return b.toString();
    }

    /** The paragraphs of the pieces {@code text[bounds[i], bounds[i + 1])} are those of the whole text. */
    private static void assertPiecesHaveTheParagraphs(String text, int[] bounds) {
        assertEquals(0, bounds[0]);
        assertEquals(text.length(), bounds[bounds.length - 1]);
        List<int[]> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            assertTrue(bounds.length == 2 || bounds[i] < bounds[i + 1], text);
            for (int[] p : Paragraphs.split(text.substring(bounds[i], bounds[i + 1]).toCharArray(), i > 0)) {
                pieces.add(new int[] {p[0] + bounds[i], p[1] + bounds[i]});
            }
        }
        List<int[]> whole = Paragraphs.split(text);
        assertEquals(whole.size(), pieces.size(), text);
        for (int i = 0; i < whole.size(); i++) {
            assertArrayEquals(whole.get(i), pieces.get(i), text);
        }
    }

    @Test
    void piecesHaveTheParagraphsOfTheWholeText() {
        Random random = new Random(17);
        int cutTexts = 0;
        for (int t = 0; t < 300; t++) {
            String text = randomText(random);
            int[] bounds = Paragraphs.cuts(text, 1 + random.nextInt(200));
            assertPiecesHaveTheParagraphs(text, bounds);
            cutTexts += bounds.length > 2 ? 1 : 0;
        }
        assertTrue(cutTexts > 200, "texts cut: " + cutTexts);
    }

    @Test
    void aTextWithoutParagraphEndsStaysWhole() {
        String text = "one long line without any end ".repeat(100);
        assertArrayEquals(new int[] {0, text.length()}, Paragraphs.cuts(text, 50));
    }

    /**
     * A text read in parts (cut at line breaks) is sent on up to the last safe cut of what has
     * arrived; the pieces must have exactly the paragraphs of the whole text.
     */
    @Test
    void piecesCutAsTheTextArrivesHaveTheParagraphsOfTheWholeText() {
        Random random = new Random(23);
        int cutTexts = 0;
        for (int t = 0; t < 300; t++) {
            String text = randomText(random);
            List<Integer> bounds = new ArrayList<>(List.of(0));
            StringBuilder held = new StringBuilder();
            int sent = 0; // characters of text sent on as pieces
            int read = 0;
            while (read < text.length()) {
                int next = text.indexOf('\n', Math.min(text.length() - 1, read + random.nextInt(300)));
                next = next < 0 ? text.length() : next + 1;
                int from = held.length();
                held.append(text, read, next);
                read = next;
                int at = Paragraphs.lastCut(held, from, sent > 0);
                if (at > 0) {
                    sent += at;
                    bounds.add(sent);
                    held.delete(0, at);
                }
            }
            if (bounds.get(bounds.size() - 1) < text.length()) {
                bounds.add(text.length());
            }
            assertPiecesHaveTheParagraphs(text, bounds.stream().mapToInt(Integer::intValue).toArray());
            cutTexts += bounds.size() > 2 ? 1 : 0;
        }
        assertTrue(cutTexts > 200, "texts cut: " + cutTexts);
    }
}
