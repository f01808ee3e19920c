package org.textlens.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textlens.corpus.InputException;

/** Span files: what is read, and one error with file and line for each kind of problem. */
class SpanFileTest {
    @TempDir
    Path tmp;

    private Path file(String content) throws IOException {
        Path p = tmp.resolve("spans.tsv");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String error(String content, Map<String, Integer> lengths) throws IOException {
        Path p = file(content);
        InputException e = assertThrows(InputException.class, () -> SpanFile.read(p).check(lengths));
        return e.describe().replace(p.toString(), "spans.tsv");
    }

    @Test
    void readsSpansWithAndWithoutLabelsAfterAHeader() throws IOException {
        SpanFile f = SpanFile.read(file("doc_id\tstart\tend\tlabel\n# a comment\na.txt\t0\t4\teuphemism\n\na.txt\t10\t12\nb.txt\t3\t5\tslur\n"));
        assertEquals(3, f.size());
        assertEquals(List.of("euphemism", "learned", "slur"), List.copyOf(f.labels()));
        Map<String, List<SpanFile.Annotation>> byDoc = f.check(Map.of("a.txt", 20, "b.txt", 5));
        assertEquals(List.of(0, 10), byDoc.get("a.txt").stream().map(SpanFile.Annotation::start).toList());
        assertEquals(1, f.only(java.util.Set.of("slur")).size());
    }

    @Test
    void anUnknownDocumentIsOneErrorAtItsLine() throws IOException {
        assertEquals("spans.tsv:3: unknown doc_id 'c.txt': no input document has this id "
                + "(use the ids textlens reports for the inputs, e.g. 'a.txt')",
            error("a.txt\t0\t4\na.txt\t5\t6\nc.txt\t0\t1\n", Map.of("a.txt", 20)));
    }

    @Test
    void anOffsetPastTheEndIsOneErrorAtItsLine() throws IOException {
        assertEquals("spans.tsv:2: span 15-21 runs past the end of 'a.txt' (20 code points) "
                + "(offsets are code points, end exclusive; check that the file matches these documents)",
            error("a.txt\t0\t4\na.txt\t15\t21\n", Map.of("a.txt", 20)));
    }

    @Test
    void overlappingSpansAreOneErrorAtTheLaterLine() throws IOException {
        assertEquals("spans.tsv:3: span 2-6 overlaps span 0-4 of line 1 "
                + "(a tagger marks each word once: merge overlapping spans or keep one of them)",
            error("a.txt\t0\t4\na.txt\t10\t12\na.txt\t2\t6\n", Map.of("a.txt", 20)));
    }

    @Test
    void malformedLinesFailWhenRead() throws IOException {
        assertEquals("spans.tsv:1: end offset 'x' is not a whole number (offsets count code points from 0)",
            error("a.txt\t0\tx\n", Map.of()));
        assertEquals("spans.tsv:2: end 3 is not after start 4 (offsets are code points, end exclusive)",
            error("a.txt\t0\t1\na.txt\t4\t3\n", Map.of()));
        assertEquals("spans.tsv:1: expected 3 or 4 tab-separated fields (doc_id, start, end[, label]), found 2 "
            + "(separate the fields with tabs)", error("a.txt 0\t4\n", Map.of()));
        assertEquals("spans.tsv:1: start offset -1 is negative (offsets count code points from 0)", error("a.txt\t-1\t4\n", Map.of()));
    }
}
