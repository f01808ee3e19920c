package org.textlens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Line numbers for byte ranges: documents of the line formats are named {@code FILE:LINE} and
 * errors point at {@code FILE:LINE}, so each range must know how many lines come before it. One
 * quick parallel pass counts the line feeds of every range but a file's last.
 */
final class LineCounts {
    private LineCounts() {
    }

    static List<Piece> number(JavaSparkContext sc, HadoopConf conf, List<Piece> pieces) {
        List<Integer> toCount = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean lastOfFile = i + 1 == pieces.size() || !pieces.get(i + 1).uri().equals(p.uri()) || pieces.get(i + 1).whole();
            if (!p.whole() && !lastOfFile) {
                toCount.add(i);
            }
        }
        if (toCount.isEmpty()) {
            return pieces;
        }
        List<Piece> ranges = toCount.stream().map(pieces::get).toList();
        List<Long> counts = sc.parallelize(ranges, ranges.size()).map(p -> lineFeeds(conf, p)).collect();
        long[] feeds = new long[pieces.size()];
        for (int k = 0; k < toCount.size(); k++) {
            feeds[toCount.get(k)] = counts.get(k);
        }
        List<Piece> out = new ArrayList<>(pieces.size());
        long before = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.whole() || p.start() == 0) {
                before = 0;
            }
            out.add(p.whole() ? p : p.withLinesBefore(before));
            before += feeds[i];
        }
        return out;
    }

    private static long lineFeeds(HadoopConf conf, Piece p) throws IOException {
        Path path = new Path(p.uri());
        try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
            in.seek(p.start());
            return count(in, p.length());
        }
    }

    private static long count(InputStream in, long length) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = length;
        long feeds = 0;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    feeds++;
                }
            }
            left -= n;
        }
        return feeds;
    }
}
