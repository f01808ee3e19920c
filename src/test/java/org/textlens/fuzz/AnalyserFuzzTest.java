package org.textlens.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every analyser's entry point given arbitrary text as one document (stdin, text format): the
 * tokenizer, the sentence splitter and each analysis must take any text, whatever its characters,
 * and end with exit 0.
 */
class AnalyserFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void freq(byte[] text) {
        Fuzzing.run(text, "freq", "--threads", "1", "--ngram", "1-3", "--numbers");
    }

    @FuzzTest(maxDuration = "15s")
    void sentiment(byte[] text) {
        Fuzzing.run(text, "sentiment", "--threads", "1", "--explain");
    }

    @FuzzTest(maxDuration = "15s")
    void loaded(byte[] text) {
        Fuzzing.run(text, "loaded", "--threads", "1");
    }

    @FuzzTest(maxDuration = "15s")
    void frames(byte[] text) {
        Fuzzing.run(text, "frames", "--threads", "1", "--format", "jsonl");
    }

    @FuzzTest(maxDuration = "15s")
    void quotes(byte[] text) {
        Fuzzing.run(text, "quotes", "--threads", "1");
    }

    @FuzzTest(maxDuration = "15s")
    void timeline(byte[] text) {
        Fuzzing.run(text, "timeline", "--threads", "1", "--all", "--date", "2024-03-05");
        Fuzzing.run(text, "timeline", "--threads", "1", "--format", "timeml");
    }

    @FuzzTest(maxDuration = "15s")
    void report(byte[] text) {
        Fuzzing.run(text, "report", "--threads", "1", "-o", Fuzzing.file("report.html", new byte[0]).toString());
    }
}
