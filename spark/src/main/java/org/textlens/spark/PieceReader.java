package org.textlens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.textlens.corpus.CorpusReader;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputException;
import org.textlens.corpus.InputSettings;
import org.textlens.corpus.InputSource;
import org.textlens.corpus.LineDocuments;

/**
 * Reads the documents of one partition on an executor with the CLI's own readers: a whole file
 * through {@link CorpusReader} (gzip, binary files, encodings, CSV quoting, all as in the CLI), a
 * byte range line by line through {@link LineDocuments}. Problems go to {@code diagnostics}.
 */
final class PieceReader {
    private final InputSettings settings;
    private final Diagnostics diagnostics;
    private final HadoopConf conf;

    PieceReader(InputSettings settings, Diagnostics diagnostics, HadoopConf conf) {
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.conf = conf;
    }

    void read(Split split, Consumer<Document> sink) {
        for (Piece p : split.pieces()) {
            try {
                if (p.whole()) {
                    readWhole(p, sink);
                } else {
                    readRange(p, sink);
                }
            } catch (IOException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                diagnostics.inputError(new InputException(p.name(), "cannot read: " + why, "check that the file is readable and complete"));
            }
        }
    }

    private FSDataInputStream open(Piece p) throws IOException {
        Path path = new Path(p.uri());
        return path.getFileSystem(conf.get()).open(path);
    }

    private void readWhole(Piece p, Consumer<Document> sink) throws IOException {
        if (settings.format() == org.textlens.corpus.InputFormat.WARC) {
            readWarc(p, sink);
            return;
        }
        try (InputStream in = open(p)) {
            new CorpusReader(settings, diagnostics, in).read(List.of(new InputSource(p.name(), Optional.empty())), sink);
        }
    }

    /**
     * A WARC file is read from a local file, as the CLI reads one: after a damaged record the
     * reader seeks to the next place a record may start and reads the rest of the file. A file on
     * another file system (HDFS, S3) is copied to the executor's local disk first, and removed.
     */
    private void readWarc(Piece p, Consumer<Document> sink) throws IOException {
        Path path = new Path(p.uri());
        org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf.get());
        java.nio.file.Path local;
        java.nio.file.Path copy = null;
        if ("file".equals(fs.getUri().getScheme())) {
            local = java.nio.file.Path.of(fs.makeQualified(path).toUri());
        } else {
            copy = java.nio.file.Files.createTempFile("textlens-warc-", ".warc");
            try (InputStream in = fs.open(path)) {
                java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            local = copy;
        }
        try {
            new CorpusReader(settings, diagnostics, InputStream.nullInputStream())
                .read(List.of(new InputSource(p.name(), Optional.of(local))), sink);
        } finally {
            if (copy != null) {
                java.nio.file.Files.deleteIfExists(copy);
            }
        }
    }

    private void readRange(Piece p, Consumer<Document> sink) throws IOException {
        LineDocuments lines = LineDocuments.of(settings, diagnostics).orElseThrow();
        InputSource source = new InputSource(p.name(), Optional.empty());
        try (FSDataInputStream in = open(p)) {
            long first = p.linesBefore() + 1;
            RangeLines range;
            if (p.start() > 0) {
                in.seek(p.start() - 1);
                range = new RangeLines(in, p.start() - 1);
                if (range.skipThroughLineFeed() > p.start()) {
                    first++; // the range began inside a line, which belongs to the range before
                }
            } else {
                range = new RangeLines(in, 0);
            }
            long[] number = {first};
            range.forEach(p.end(), (buf, from, to, offset) -> {
                String line = lines.decode(buf, from, to, offset);
                if (!line.isBlank()) {
                    lines.document(source, number[0], line).ifPresent(sink);
                }
                number[0]++;
            });
        }
        lines.reportDamage(p.name() + " (bytes " + p.start() + "-" + p.end() + ")");
    }
}
