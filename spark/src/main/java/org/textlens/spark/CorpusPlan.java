package org.textlens.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.InputException;
import org.textlens.corpus.InputFormat;
import org.textlens.corpus.InputSettings;

/**
 * Decides, on the driver, which files make up the corpus and how they are cut into partitions.
 * Files are found as the CLI finds them (folders walked recursively in sorted order, hidden
 * entries skipped, {@code --glob} applied) and named as the CLI names them, so document ids and
 * messages match. Large UTF-8 files of the line formats are cut into byte ranges read in parallel;
 * everything else is read whole, small files packed together in corpus order. Partitions keep the
 * corpus order, so rows that follow the input order come out in the CLI's order.
 */
final class CorpusPlan {
    /** What opening a file costs, in bytes of reading: keeps a partition from holding thousands of tiny files. */
    private static final long OPEN_COST = 4L << 20;
    private static final int SNIFF_BYTES = 8192;

    private final JavaSparkContext sc;
    private final InputSettings settings;
    private final Diagnostics diagnostics;
    private final HadoopConf conf;
    private final long maxSplitBytes;

    CorpusPlan(JavaSparkContext sc, InputSettings settings, Diagnostics diagnostics, HadoopConf conf, long maxSplitBytes) {
        this.sc = sc;
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.conf = conf;
        this.maxSplitBytes = maxSplitBytes;
    }

    private record Found(String name, FileStatus status) {
    }

    /** The partitions of the corpus at {@code args}. */
    List<Split> plan(List<String> args) throws IOException {
        List<Found> files = new ArrayList<>();
        for (String arg : args) {
            files.addAll(expand(arg));
        }
        long total = files.stream().mapToLong(f -> f.status().getLen() + OPEN_COST).sum();
        long splitBytes = maxSplitBytes > 0 ? maxSplitBytes
            : Math.min(128L << 20, Math.max(OPEN_COST, total / Math.max(1, sc.defaultParallelism())));
        List<Piece> pieces = new ArrayList<>();
        for (Found f : files) {
            pieces.addAll(cut(f, splitBytes));
        }
        pieces = LineCounts.number(sc, conf, pieces);
        List<Split> splits = pack(pieces, splitBytes);
        long bytes = files.stream().mapToLong(f -> f.status().getLen()).sum();
        diagnostics.info(String.format(java.util.Locale.ROOT, "%s: %d file(s), %.1f MiB, in %d partition(s) of at most %.1f MiB",
            String.join(", ", args), files.size(), bytes / 1048576.0, splits.size(), splitBytes / 1048576.0));
        return splits;
    }

    private List<Found> expand(String arg) throws IOException {
        if (arg.equals("-")) {
            throw new InputException(arg, "the Spark job cannot read stdin", "give a file or folder path that every executor can read");
        }
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf.get());
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            diagnostics.inputError(new InputException(arg, "no such file or directory", "check the path"));
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (FileStatus m : matches) {
            if (m.isDirectory()) {
                out.addAll(walk(arg, matches.length == 1 ? arg : m.getPath().toString(), fs, m.getPath()));
            } else {
                out.add(new Found(matches.length == 1 ? arg : m.getPath().toString(), m));
            }
        }
        return out;
    }

    private List<Found> walk(String arg, String shownRoot, FileSystem fs, Path root) throws IOException {
        Optional<PathMatcher> glob = settings.glob().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
        String rootPath = root.toUri().getPath();
        List<Found> out = new ArrayList<>();
        try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                String relative = f.getPath().toUri().getPath().substring(rootPath.length()).replaceFirst("^/+", "");
                if (hidden(relative)) {
                    continue;
                }
                java.nio.file.Path rel = java.nio.file.Path.of(relative);
                if (glob.isPresent() && !glob.get().matches(rel.getFileName()) && !glob.get().matches(rel)) {
                    continue;
                }
                out.add(new Found(childName(shownRoot, relative), f));
            }
        } catch (IOException e) {
            diagnostics.inputError(new InputException(arg, "cannot list folder: " + e.getMessage(), "check its permissions"));
            return List.of();
        }
        out.sort(Comparator.comparing(Found::name));
        return out;
    }

    /** Hidden files and folders, as the CLI skips them, and Hadoop's and Spark's own ({@code _SUCCESS}). */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** The CLI names a file found in folder {@code arg} as {@code Path.of(arg).resolve(relative)}. */
    static String childName(String arg, String relative) {
        if (arg.contains("://")) {
            return arg.replaceFirst("/+$", "") + "/" + relative;
        }
        return java.nio.file.Path.of(arg).resolve(relative).toString();
    }

    private List<Piece> cut(Found f, long splitBytes) throws IOException {
        long length = f.status().getLen();
        String uri = f.status().getPath().toString();
        boolean lineFormat = settings.format() == InputFormat.LINES || settings.format() == InputFormat.JSONL;
        if (!lineFormat || !settings.charset().equals(StandardCharsets.UTF_8) || length <= splitBytes) {
            return List.of(new Piece(f.name(), uri, 0, length, 0, true));
        }
        byte[] head = head(f.status().getPath());
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return List.of(new Piece(f.name(), uri, 0, length, 0, true)); // gzip cannot be cut
        }
        for (byte b : head) {
            if (b == 0) {
                diagnostics.warn(f.name(), "binary file (NUL bytes in the first " + SNIFF_BYTES / 1024 + " KiB) skipped");
                return List.of();
            }
        }
        List<Piece> ranges = new ArrayList<>();
        for (long start = 0; start < length; start += splitBytes) {
            ranges.add(new Piece(f.name(), uri, start, Math.min(length, start + splitBytes), 0, false));
        }
        return ranges;
    }

    private byte[] head(Path path) throws IOException {
        try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /** Consecutive pieces into partitions of about {@code splitBytes}; a range is a partition of its own. */
    private static List<Split> pack(List<Piece> pieces, long splitBytes) {
        List<Split> splits = new ArrayList<>();
        List<Piece> group = new ArrayList<>();
        long size = 0;
        for (Piece p : pieces) {
            long cost = p.length() + OPEN_COST;
            if (!group.isEmpty() && (!p.whole() || size + cost > splitBytes)) {
                splits.add(new Split(group));
                group = new ArrayList<>();
                size = 0;
            }
            group.add(p);
            size += cost;
            if (!p.whole()) {
                splits.add(new Split(group));
                group = new ArrayList<>();
                size = 0;
            }
        }
        if (!group.isEmpty()) {
            splits.add(new Split(group));
        }
        return splits;
    }
}
