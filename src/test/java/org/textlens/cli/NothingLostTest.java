package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of issue 17: runs that used to lose data without saying so. Each must keep
 * every document it can read, say in one line what it could not, and end with the documented exit
 * code.
 */
class NothingLostTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableSubfolderIsSkippedAloneNotTheWholeFolder() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Alpha said the talks resumed.\n");
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Hidden text.\n");
        Files.writeString(corpus.resolve("z.txt"), "Zulu said the talks ended.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Result r = Unprivileged.run(dir, "freq", "--keep-going", corpus.toString());
            assertEquals(3, r.exit(), r.toString());
            assertEquals(1L, Tables.counts(r.out()).get("alpha"), r.toString());
            assertEquals(1L, Tables.counts(r.out()).get("zulu"), r.toString());
            assertTrue(r.err().contains(locked + ": cannot list folder: permission denied"), r.err());
            assertTrue(r.err().contains("1 input(s) skipped: " + locked), r.err());

            Cli.Result strict = Unprivileged.run(dir, "freq", corpus.toString());
            assertEquals(1, strict.exit(), strict.toString());
            assertEquals("", strict.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void oneBadCsvRecordLosesOnlyThatRecord() throws IOException {
        Path csv = dir.resolve("j.csv");
        Files.writeString(csv, "id,text\nc1,\"He said \"\"hi\"\" then\" junk\nc2,Second row said.\nc3,Third row said.\n");
        Cli.Result r = Cli.run("freq", "--by-doc", "--keep-going", "--input-format", "csv", csv.toString());
        assertEquals(3, r.exit(), r.toString());
        List<String> docs = Tables.csv(r.out()).stream().map(rec -> rec.get("doc_id")).distinct().toList();
        assertEquals(List.of("c2", "c3"), docs, r.toString());
        assertTrue(r.err().contains("1 input(s) skipped: " + csv + ":2"), r.err());
        assertEquals(1, Cli.run("freq", "--input-format", "csv", csv.toString()).exit());
    }

    @Test
    void aBadTsvRecordLosesOnlyThatRecordToo() throws IOException {
        Path tsv = dir.resolve("j.tsv");
        Files.writeString(tsv, "id\ttext\nt1\t\"quoted\" junk\tmore\nt2\tSecond row said.\n");
        Cli.Result r = Cli.run("freq", "--by-doc", "--keep-going", "--input-format", "tsv", tsv.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(Tables.csv(r.out()).stream().anyMatch(rec -> rec.get("doc_id").equals("t2")), r.toString());
    }

    @Test
    void aCsvRecordWithAnUnclosedQuoteIsReportedAndTheFileEndsThere() throws IOException {
        Path csv = dir.resolve("open.csv");
        Files.writeString(csv, "id,text\nc1,First row said.\nc2,\"never closed\nc3,Third.\n");
        Cli.Result r = Cli.run("freq", "--by-doc", "--keep-going", "--input-format", "csv", csv.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(Tables.csv(r.out()).stream().anyMatch(rec -> rec.get("doc_id").equals("c1")), r.toString());
        assertTrue(r.err().contains(csv + ":3: "), r.err());
    }

    private Path truncatedGzip() throws IOException {
        byte[] one = Files.readAllBytes(Cli.TESTDATA.resolve("corpus.jsonl"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 300; i++) {
                out.write(one);
            }
        }
        byte[] all = gz.toByteArray();
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(all, all.length * 9 / 10));
        return cut;
    }

    @Test
    void aTruncatedGzipSaysHowMuchWasReadAndFailsWithoutKeepGoing() throws IOException {
        Path cut = truncatedGzip();
        Cli.Result r = Cli.run("freq", "--keep-going", "--input-format", "jsonl", "--text-field", "body", cut.toString());
        assertEquals(3, r.exit(), r.toString());
        assertFalse(Tables.csv(r.out()).isEmpty());
        assertFalse(r.err().contains("[skipped]"), "the file was read in part, not skipped: " + r.err());
        assertTrue(r.err().matches("(?s)textlens: error: " + java.util.regex.Pattern.quote(cut.toString())
            + ": the compressed data ends early: read \\d[\\d,]* document\\(s\\) \\([\\d,]+ bytes\\) before the cut .*"), r.err());
        assertTrue(r.err().contains("1 input(s) read in part: " + cut), r.err());

        Cli.Result strict = Cli.run("freq", "--input-format", "jsonl", "--text-field", "body", cut.toString());
        assertEquals(1, strict.exit(), strict.toString());
        assertEquals("", strict.out());
        assertTrue(strict.err().startsWith("textlens: error: " + cut + ": the compressed data ends early"), strict.err());
    }

    @Test
    void aTruncatedGzipOfOneTextDocumentIsSkipped() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(Cli.TESTDATA.resolve("news/01-ceasefire-talks.txt")));
        }
        Path cut = dir.resolve("cut.txt.gz");
        Files.write(cut, Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        Cli.Result r = Cli.run("freq", "--keep-going", cut.toString(), Cli.data("news/02-flood-relief.txt"));
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(cut + ": the compressed data ends early"), r.err());
        assertTrue(r.err().contains("[skipped]"), r.err());
    }

    /** Runs textlens on a named pipe that another thread fills with {@code bytes}. */
    private Cli.Result throughFifo(String name, byte[] bytes, String... args) throws Exception {
        Path fifo = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = fifo.toString();
        Cli.Result r = Cli.run(all);
        writer.join();
        return r;
    }

    @Test
    void aNamedPipeIsReadLikeAFile() throws Exception {
        Path news = Cli.TESTDATA.resolve("news/01-ceasefire-talks.txt");
        Cli.Result r = throughFifo("pipe", Files.readAllBytes(news), "freq");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(Cli.run("freq", news.toString()).out(), r.out());

        Path jsonl = Cli.TESTDATA.resolve("corpus.jsonl");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(jsonl));
        }
        String[] args = {"sentiment", "--input-format", "jsonl", "--text-field", "body"};
        Cli.Result compressed = throughFifo("pipe.gz", gz.toByteArray(), args);
        assertEquals(0, compressed.exit(), compressed.toString());
        String[] direct = Arrays.copyOf(args, args.length + 1);
        direct[args.length] = jsonl.toString();
        assertEquals(Cli.run(direct).out(), compressed.out());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreDecoded() throws IOException {
        String text = "Ministers said the café reopened.\n";
        String expected = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "freq").out();
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Path f = dir.resolve(charset + ".txt");
            Files.write(f, ("\uFEFF" + text).getBytes(Charset.forName(charset)));
            Cli.Result r = Cli.run("freq", f.toString());
            assertEquals(0, r.exit(), charset + ": " + r);
            assertEquals(expected, r.out(), charset);
            assertEquals("", r.err(), charset);
            Cli.Result lines = Cli.run("freq", "--input-format", "lines", f.toString());
            assertEquals(expected, lines.out(), charset + " as lines");
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsSkippedWithAHintAtEncoding() throws IOException {
        Path f = dir.resolve("nobom.txt");
        Files.write(f, "Ministers said the talks resumed.\n".getBytes(StandardCharsets.UTF_16LE));
        Cli.Result r = Cli.run("freq", f.toString());
        assertTrue(r.err().contains("--encoding"), r.err());
        assertEquals(Cli.runWithInput(Files.readAllBytes(f), "freq", "--encoding", "UTF-16LE").out(),
            Cli.runWithInput("Ministers said the talks resumed.\n".getBytes(StandardCharsets.UTF_8), "freq").out());
    }

    private static void parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    @Test
    void timemlOutputParsesWhateverControlCharactersTheTextHolds() throws Exception {
        Path f = dir.resolve("ctl.txt");
        Files.writeString(f, "Talks on\f Monday \u001b[31m resumed\u0007 on March 3, 2024.\uFFFE\n");
        Cli.Result r = Cli.run("timeline", "--format", "timeml", f.toString());
        assertEquals(0, r.exit(), r.toString());
        parseXml(r.out().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.out().contains("<TIMEX3"), r.out());

        Path tml = dir.resolve("nul.tml");
        Files.writeString(tml, "<TimeML><TEXT>Bad &#0; and &#x1B; and &#xD800; then on March 3, 2024 talks.</TEXT></TimeML>\n");
        Cli.Result fromTml = Cli.run("timeline", "--input-format", "timeml", "--format", "timeml", tml.toString());
        assertEquals(0, fromTml.exit(), fromTml.toString());
        parseXml(fromTml.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void timemlIntoAFolderKeepsDocumentsThatShareAName() throws IOException {
        Path jan = Files.createDirectories(dir.resolve("in/jan"));
        Path feb = Files.createDirectories(dir.resolve("in/feb"));
        Files.writeString(jan.resolve("article.txt"), "Talks resumed on January 5, 2024.\n");
        Files.writeString(feb.resolve("article.txt"), "Talks ended on February 9, 2024.\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.Result r = Cli.run("timeline", "--format", "timeml", "-o", out.toString(), jan.resolve("article.txt").toString(),
            feb.resolve("article.txt").toString());
        assertEquals(0, r.exit(), r.toString());
        String all = String.join("\n", readAll(out));
        assertEquals(2, readAll(out).size(), all);
        assertTrue(all.contains("January 5, 2024") && all.contains("February 9, 2024"), all);
    }

    @Test
    void timemlIntoAFolderKeepsJsonlRecordsThatShareAnId() throws IOException {
        Path jsonl = dir.resolve("same.jsonl");
        Files.writeString(jsonl, "{\"id\":\"x\",\"text\":\"Talks on May 1, 2024.\"}\n{\"id\":\"x\",\"text\":\"Talks on June 2, 2024.\"}\n"
            + "{\"id\":\"../../escape\",\"text\":\"Talks on July 3, 2024.\"}\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.Result r = Cli.run("timeline", "--input-format", "jsonl", "--format", "timeml", "-o", out.toString(), jsonl.toString());
        assertEquals(0, r.exit(), r.toString());
        String all = String.join("\n", readAll(out));
        assertEquals(3, readAll(out).size(), all);
        assertTrue(all.contains("May 1, 2024") && all.contains("June 2, 2024") && all.contains("July 3, 2024"), all);
    }

    @Test
    void aTrailingSlashNamesAFolder() throws IOException {
        Path news = Cli.TESTDATA.resolve("news");
        String target = dir.resolve("newdir") + "/";
        Cli.Result r = Cli.run("timeline", "--format", "timeml", "-o", target, news.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.isDirectory(dir.resolve("newdir")), "the folder is made");
        assertEquals(6, readAll(dir.resolve("newdir")).size());

        Cli.Result csv = Cli.run("freq", "-o", dir.resolve("other") + "/", news.toString());
        assertEquals(2, csv.exit(), csv.toString());
        assertFalse(Files.exists(dir.resolve("other")), "no file named like the folder");
        assertTrue(csv.err().contains("names a folder"), csv.err());
    }

    private static List<String> readAll(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void bidiControlsAreShownNotObeyedInTheReport() throws IOException {
        Path f = dir.resolve("bidi.txt");
        Files.writeString(f, "The minister said the file invoice\u202Etxt.exe was safe. Then \u2066isolated\u2069 text \u2067here\u2069 and \u2068more\u2069.\n");
        Path out = dir.resolve("r.html");
        Cli.Result r = Cli.run("report", "-o", out.toString(), f.toString());
        assertEquals(0, r.exit(), r.toString());
        String html = Files.readString(out);
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals(-1, html.indexOf(c), "raw U+" + Integer.toHexString(c));
        }
        assertTrue(html.contains("invoice[U+202E]txt.exe"), "shown where it was");
    }

    @Test
    void anEmojiPresentationSelectorIsNotAWord() throws IOException {
        Cli.Result r = Cli.runWithInput("Peace \u2764\uFE0F talks \u263A\uFE0E resumed.\n".getBytes(StandardCharsets.UTF_8), "freq");
        assertEquals(List.of("peace", "resumed", "talks"), Tables.counts(r.out()).keySet().stream().sorted().toList(), r.out());
    }

    @Test
    void aMegabyteWordIsOneWord() {
        String word = "a".repeat(1_000_000);
        Cli.Result r = Cli.runWithInput((word + " said\n").getBytes(StandardCharsets.UTF_8), "freq");
        assertEquals(1L, Tables.counts(r.out()).get(word));
        assertEquals(1L, Tables.counts(r.out()).get("said"));
    }

    @Test
    void anErrorAboutAHugeHeaderIsOneShortLine() {
        byte[] csv = ("a".repeat(1_000_000) + ",b\n1,2\n").getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(csv, "freq", "--input-format", "csv");
        String shown = r.err().substring(0, Math.min(400, r.err().length()));
        assertEquals(1, r.exit(), shown);
        assertEquals(1, r.err().lines().count(), shown);
        assertTrue(r.err().length() < 400, shown);
        assertTrue(r.err().contains("(1,000,000 characters)"), shown);
    }

    @Test
    void aHugeBadDateIsQuotedShort() {
        byte[] jsonl = ("{\"text\":\"Talks.\",\"date\":\"" + "9".repeat(100_000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(jsonl, "freq", "--input-format", "jsonl");
        assertEquals(1, r.exit());
        assertTrue(r.err().length() < 400, r.err().substring(0, Math.min(400, r.err().length())));
    }

    @Test
    void aHugeFieldInALexiconOrDictionaryIsQuotedShort() throws IOException {
        String huge = "x".repeat(100_000);
        Path lexicon = dir.resolve("lexicon.tsv");
        Files.writeString(lexicon, "regime\tlabel\t" + huge + "\n");
        Path valences = dir.resolve("valences.tsv");
        Files.writeString(valences, "brutal\t" + huge + "\n");
        Path dic = dir.resolve("words.dic");
        Files.writeString(dic, "%\n1\tconflict\n%\nclash\t" + huge + "\n");
        for (String[] args : new String[][] {{"loaded", "--lexicon", lexicon.toString()}, {"sentiment", "--lexicon", valences.toString()},
            {"frames", "--dic", dic.toString()}}) {
            Cli.Result r = Cli.runWithInput("The talks.\n".getBytes(StandardCharsets.UTF_8), args);
            String shown = r.err().substring(0, Math.min(400, r.err().length()));
            assertEquals(1, r.exit(), args[0] + ": " + shown);
            assertTrue(r.err().length() < 400, args[0] + ": " + shown);
            assertTrue(r.err().contains("(100,000 characters)"), args[0] + ": " + shown);
        }
    }
}
