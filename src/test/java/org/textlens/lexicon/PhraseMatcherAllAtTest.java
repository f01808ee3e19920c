package org.textlens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PhraseMatcher#allAt}: every entry starting at a position, longest first. */
class PhraseMatcherAllAtTest {
    private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
        .add(List.of("war"), "w").add(List.of("war", "of", "words"), "wow").add(List.of("of"), "o").build();

    @Test
    void listsEveryEntryThatStartsThereLongestFirst() {
        List<String> words = List.of("a", "war", "of", "words", "ended");
        assertEquals(List.of("wow:3", "w:1"), matcher.allAt(words, 1).stream().map(m -> m.value() + ":" + m.length()).toList());
        assertEquals(List.of("o:1"), matcher.allAt(words, 2).stream().map(m -> m.value() + ":" + m.length()).toList());
        assertEquals(List.of(), matcher.allAt(words, 0));
        assertEquals(List.of("w:1"), matcher.allAt(List.of("war", "of"), 0).stream().map(m -> m.value() + ":" + m.length()).toList(),
            "a phrase cut off by the end of the words does not match");
    }
}
