package org.textlens.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentence splitter alone (paragraphs, OpenNLP's model, the joins after it), timed in one JVM
 * over the documents of a file (one per line, up to MB megabytes): one untimed pass, then ROUNDS
 * timed passes. Prints the median, and a checksum of every sentence boundary so that two builds
 * can be shown to split identically. Compiled against nothing newer than
 * {@code new SentenceSplitter.ByModel().split(text)}, so {@code bench/sentence-bench.sh} runs the
 * same class on an older build as the baseline.
 * <pre>java -cp target/test-classes:target/textlens.jar org.textlens.nlp.SentenceSplitterBenchmark FILE [MB] [ROUNDS]</pre>
 */
public final class SentenceSplitterBenchmark {
    private SentenceSplitterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SentenceSplitterBenchmark FILE [MB] [ROUNDS]");
            System.exit(2);
        }
        long limit = (long) (args.length > 1 ? Double.parseDouble(args[1]) * 1_000_000 : 20_000_000);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (bytes >= limit) {
                break;
            }
            docs.add(line);
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        SentenceSplitter splitter = new SentenceSplitter.ByModel();
        long sentences = 0;
        long checksum = 0;
        for (String d : docs) {    // warm-up pass, and the boundaries
            for (int[] r : splitter.split(d)) {
                sentences++;
                checksum = checksum * 1_000_003 + r[0] * 31L + r[1];
            }
        }
        double[] seconds = new double[rounds];
        double[] cpuSeconds = new double[rounds]; // this thread's CPU time: steadier than wall time on a shared machine
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long n = 0;
            for (String d : docs) {
                n += splitter.split(d).size();
            }
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            if (n != sentences) {
                throw new IllegalStateException("a pass found " + n + " sentences, the first " + sentences);
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[rounds / 2];
        System.out.printf("documents %d bytes %d sentences %d checksum %016x%n", docs.size(), bytes, sentences, checksum);
        System.out.printf("median_s %.4f min_s %.4f max_s %.4f mb_per_s %.1f median_cpu_s %.4f%n", median, seconds[0], seconds[rounds - 1],
            bytes / 1e6 / median, cpuSeconds[rounds / 2]);
    }
}
