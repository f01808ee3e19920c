package org.textlens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textlens.corpus.InputException;

class DicFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("test.dic");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsCategoriesWordsPrefixesAndPhrases() throws IOException {
        DicFile dic = DicFile.read(write("""
            \uFEFF%
            1\tanger
            2\tfear
            %
            rage\t1
            abandon*\t2\t1
            Kind of\t2
            worr*  2
            scared stiff 2 1
            """));
        assertEquals(List.of("anger", "fear"), dic.categories());
        assertEquals(5, dic.entries().size());
        assertEquals(new DicFile.Entry("rage", false, List.of("anger"), 5), dic.entries().get(0));
        assertEquals(new DicFile.Entry("abandon", true, List.of("fear", "anger"), 6), dic.entries().get(1));
        assertEquals(List.of("kind", "of"), dic.entries().get(2).words());
        assertEquals(new DicFile.Entry("worr", true, List.of("fear"), 8), dic.entries().get(3));
        assertEquals(new DicFile.Entry("scared stiff", false, List.of("fear", "anger"), 9), dic.entries().get(4));
    }

    @Test
    void acceptsCategoryNamesAndSkipsConditionalReferences() throws IOException {
        DicFile dic = DicFile.read(write("%\n1\tanger\n2\tfear\n%\nmad\tanger\nkind\t<of>2/1\t1\n"));
        assertEquals(List.of("anger"), dic.entries().get(0).categories());
        assertEquals(List.of("anger"), dic.entries().get(1).categories());
        assertEquals(1, dic.skippedConditions());
    }

    @Test
    void normalisesApostrophesLikeTokens() throws IOException {
        DicFile dic = DicFile.read(write("%\n1\tneg\n%\ndon\u2019t\t1\n"));
        assertEquals("don't", dic.entries().get(0).term());
    }

    @Test
    void malformedFilesNameTheFileAndLine() throws IOException {
        assertError("%\n1\tanger\n%\nrage\t7\n", 4, "'7' is not a category");
        assertError("%\n1\tanger\n%\nrage\n", 4, "names no declared category");
        assertError("%\n1\tanger\n%\nra*ge\t1\n", 4, "'*' may only end a word");
        assertError("%\n1\tanger\n1\tfear\n%\n", 3, "declared twice");
        assertError("rage\t1\n", 1, "does not start with '%'");
        assertError("%\n1\n%\n", 2, "has no name");
        InputException open = assertThrows(InputException.class, () -> DicFile.read(write("%\n1\tanger\n")));
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> DicFile.read(dir.resolve("nope.dic")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    private void assertError(String text, long line, String reason) throws IOException {
        Path file = write(text);
        InputException e = assertThrows(InputException.class, () -> DicFile.read(file));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.describe().startsWith(file + ":" + line + ":"), e.describe());
    }

    @Test
    void prefixMatcherPrefersExactThenLongestPrefix() {
        PrefixMatcher<String> m = PrefixMatcher.<String>builder()
            .exact("abandon", "exact")
            .prefix("aband", "short")
            .prefix("abandon", "long")
            .build();
        assertEquals(Optional.of("exact"), m.find("abandon"));
        assertEquals(Optional.of("long"), m.find("abandoned"));
        assertEquals(Optional.of("short"), m.find("abandy"));
        assertEquals(Optional.empty(), m.find("aban"));
        assertFalse(m.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PrefixMatcher.<String>builder().prefix("", "x"));
    }
}
