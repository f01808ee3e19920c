package org.textlens.report;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.textlens.freq.FreqSettings;
import org.textlens.lexicon.StopWords;
import org.textlens.sentiment.SentimentModel;
import org.textlens.sentiment.Thresholds;

/**
 * What the report's figures are made with, besides the corpus: the number of top terms and the
 * frame scheme. Plain data, so a cluster's executors can build the same sections.
 *
 * @param top terms in the term charts
 * @param scheme the built-in frame scheme: generic or policy
 */
public record ReportSpec(int top, String scheme) implements Serializable {
    /** The sentiment labels' thresholds on the compound score, as {@code sentiment}'s defaults (the shipped model's). */
    public static final Thresholds THRESHOLDS = SentimentModel.builtinThresholds();

    /** freq's settings for the term charts: words, case folded, English stop words left out. */
    public FreqSettings freqSettings() {
        return new FreqSettings(1, 1, true, FreqSettings.BaseForm.NONE, StopWords.english(), false, Optional.empty(), 1, 1, top);
    }

    String schemeKey() {
        return scheme.toLowerCase(Locale.ROOT);
    }

    void write(DataTables out) {
        out.value("top", top);
        out.value("scheme", scheme);
    }

    static ReportSpec read(DataTables.Reader in) {
        return new ReportSpec((int) in.count("top"), in.value("scheme"));
    }
}
