package org.textlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line-at-a-time reading that the Spark job uses on byte ranges: the same documents and reports as the CLI's readers. */
class LineDocumentsTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final InputSource source = new InputSource("corpus.jsonl", Optional.empty());

    private Diagnostics diagnostics(boolean keepGoing) {
        return new Diagnostics(new PrintStream(err, true, StandardCharsets.UTF_8), Diagnostics.Verbosity.NORMAL, keepGoing);
    }

    private static InputSettings settings(InputFormat format) {
        return new InputSettings(format, StandardCharsets.UTF_8, "id", "text", "date", Optional.of(LocalDate.of(2024, 5, 1)), Optional.empty());
    }

    @Test
    void onlyTheLineFormatsAreReadLineByLine() {
        assertTrue(LineDocuments.of(settings(InputFormat.TEXT), diagnostics(false)).isEmpty());
        assertTrue(LineDocuments.of(settings(InputFormat.CSV), diagnostics(false)).isEmpty());
        assertTrue(LineDocuments.of(settings(InputFormat.TSV), diagnostics(false)).isEmpty());
        assertTrue(LineDocuments.of(settings(InputFormat.LINES), diagnostics(false)).isPresent());
    }

    @Test
    void aLineIsADocumentNamedByFileAndLine() {
        LineDocuments lines = LineDocuments.of(settings(InputFormat.LINES), diagnostics(false)).orElseThrow();
        Document doc = lines.document(source, 7, "Talks resumed.").orElseThrow();
        assertEquals("corpus.jsonl:7", doc.id());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), doc.date());
    }

    @Test
    void decodingDropsTheBomAtTheStartOfTheInputOnlyAndTheCarriageReturn() {
        LineDocuments lines = LineDocuments.of(settings(InputFormat.LINES), diagnostics(false)).orElseThrow();
        byte[] bytes = "\uFEFFfirst\r".getBytes(StandardCharsets.UTF_8);
        assertEquals("first", lines.decode(bytes, 0, bytes.length, 0));
        assertEquals("\uFEFFfirst", lines.decode(bytes, 0, bytes.length, 100));
    }

    @Test
    void malformedBytesAreCountedAndReportedOnce() {
        Diagnostics diagnostics = diagnostics(false);
        LineDocuments lines = LineDocuments.of(settings(InputFormat.LINES), diagnostics).orElseThrow();
        byte[] bytes = {'a', (byte) 0xff, 'b', (byte) 0xfe};
        assertEquals("a\uFFFDb\uFFFD", lines.decode(bytes, 0, bytes.length, 40));
        lines.reportDamage("corpus.txt (bytes 40-44)");
        lines.reportDamage("corpus.txt (bytes 40-44)");
        assertEquals(2, diagnostics.malformedSequences());
        assertEquals(List.of("textlens: warning: corpus.txt (bytes 40-44): 2 malformed UTF-8 byte sequence(s) replaced with U+FFFD, "
            + "the first at byte 41 (if the file is in another encoding, give it with --encoding)"),
            err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aBadJsonLineStopsTheRunOrIsSkippedWithKeepGoing() {
        LineDocuments strict = LineDocuments.of(settings(InputFormat.JSONL), diagnostics(false)).orElseThrow();
        InputException e = assertThrows(InputException.class, () -> strict.document(source, 3, "{\"text\": \"unclosed"));
        assertEquals("corpus.jsonl:3", e.where());

        Diagnostics lenient = diagnostics(true);
        LineDocuments lines = LineDocuments.of(settings(InputFormat.JSONL), lenient).orElseThrow();
        assertTrue(lines.document(source, 3, "{\"text\": \"unclosed").isEmpty());
        assertTrue(lines.document(source, 4, "{\"body\": \"no text\"}").isEmpty());
        assertEquals(List.of("corpus.jsonl:3", "corpus.jsonl:4"), lenient.skipped());
        Document doc = lines.document(source, 5, "{\"id\": \"x\", \"text\": \"Fine.\", \"date\": \"2024-03-05T10:00Z\"}").orElseThrow();
        assertEquals("x", doc.id());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), doc.date());
    }
}
