package org.textlens.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The user-file parsers given arbitrary bytes: loaded's lexicon, sentiment's valences, a frames
 * scheme, a stop-word list, and a LIWC-style .dic dictionary. A malformed file must fail with one
 * line naming the file, the line and the reason (exit 1), never with an internal error.
 */
class LexiconFuzzTest {
    private static final byte[] TEXT = "The minister said the brutal regime failed, and costs rose sharply on March 3.\n".getBytes(
        java.nio.charset.StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "15s")
    void lexicon(byte[] data) {
        String file = Fuzzing.file("lexicon.tsv", data).toString();
        Fuzzing.run(TEXT, "loaded", "--threads", "1", "--lexicon", file, "--no-builtin");
        Fuzzing.run(TEXT, "sentiment", "--threads", "1", "--lexicon", file);
        Fuzzing.run(TEXT, "frames", "--threads", "1", "--scheme-file", file);
        Fuzzing.run(TEXT, "freq", "--threads", "1", "--stopwords", file);
    }

    @FuzzTest(maxDuration = "15s")
    void dic(byte[] data) {
        String file = Fuzzing.file("words.dic", data).toString();
        Fuzzing.run(TEXT, "frames", "--threads", "1", "--dic", file);
    }
}
