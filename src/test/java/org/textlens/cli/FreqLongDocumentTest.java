package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long text document is counted in pieces on all threads: the output must be the one a single
 * thread gives (which counts it whole), document frequency included.
 */
class FreqLongDocumentTest {

    /** The news texts of testdata, repeated to about {@code chars} characters, with CRLF and headline-like lines mixed in. */
    private static String longText(int chars) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(Path.of(Cli.data("news")))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder b = new StringBuilder(chars + 100_000);
        int round = 0;
        while (b.length() < chars) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                b.append(round % 3 == 1 ? text.replace("\n", "\r\n") : text);
                b.append(round % 2 == 0 ? "\n\n" : "\nShort line without an end\nNext line\n");
            }
            round++;
        }
        return b.toString();
    }

    @Test
    void aLongDocumentCountedInPiecesOnAllThreadsMatchesOneThread(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, longText(2_600_000), StandardCharsets.UTF_8);
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "Security talks resumed in Geneva. Nobody expected a deal.\n", StandardCharsets.UTF_8);
        for (List<String> options : List.<List<String>>of(List.of(), List.of("--ngram", "1-3", "--tfidf"), List.of("--numbers", "--case", "keep"))) {
            String one = freq(options, "1", big, small);
            String four = freq(options, "4", big, small);
            assertEquals(one, four, "options " + options);
        }
        String rows = freq(List.of(), "3", big, small);
        // "security" is in both documents, "geneva" in one: document frequency counts the long one once
        assertTrue(rows.lines().anyMatch(l -> l.matches("\\d+,security,\\d+,[0-9.]+,2")), rows.substring(0, 500));
        assertTrue(rows.lines().allMatch(l -> l.endsWith(",1") || l.endsWith(",2") || l.startsWith("rank")));
    }

    /**
     * A long UTF-8 text is read in parts as it streams in, cut at paragraph ends; the same text in
     * UTF-16 is read whole. Their counts must be the same, and malformed bytes are reported with
     * their number and the offset of the first, as for a text read whole.
     */
    @Test
    void aLongTextReadInPartsCountsAsTheWholeText(@TempDir Path dir) throws IOException {
        String text = "A Headline Without an End\r\n" + longText(3_000_000) + "Zürich’s “well-known” café, Москва, 東京.\n";
        int damaged = text.indexOf(' ', 2_500_000); // a malformed byte (a lone continuation byte) there, in a later part
        byte[] before = ("\uFEFF" + text.substring(0, damaged)).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(damaged + 1).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(before, before.length + 1 + after.length);
        bytes[before.length] = (byte) 0x80;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Path utf8 = dir.resolve("utf8.txt");
        Files.write(utf8, bytes);
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, ("\uFEFF" + text.substring(0, damaged) + "\uFFFD" + text.substring(damaged + 1)).getBytes(StandardCharsets.UTF_16BE));
        String whole = freq(List.of(), "1", utf16);
        assertEquals(whole, freq(List.of(), "1", utf8));
        assertEquals(whole, freq(List.of(), "3", utf8));
        assertEquals(freq(List.of("--ngram", "1-2"), "3", utf16), freq(List.of("--ngram", "1-2"), "3", utf8));
        Cli.Result r = Cli.run("freq", "--top", "1", utf8.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("1 malformed UTF-8 byte sequence(s) replaced with U+FFFD, the first at byte " + before.length), r.err());
    }

    private static String freq(List<String> options, String threads, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("freq", "--threads", threads));
        args.addAll(options);
        for (Path f : files) {
            args.add(f.toString());
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
