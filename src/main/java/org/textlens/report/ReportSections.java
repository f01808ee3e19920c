package org.textlens.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.frames.SchemeBuilder;
import org.textlens.freq.TermCounts;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.portrayal.PortrayalModel;
import org.textlens.portrayal.TargetSource;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.SentimentModel;
import org.textlens.timeline.TimelineAnalyzer;

/**
 * The report's sections, in the page's order, each with the analyser and settings the report uses
 * (the built-in lexicons and models, the subcommands' defaults). The same for the CLI's report and
 * for a cluster's executors, which build them from the same {@link ReportSpec}.
 */
public record ReportSections(FreqSection terms, SentimentSection sentiment, LoadedSection loaded, FramesSection frames,
                             QuotesSection quotes, PortrayalSection portrayal, TimelineSection timeline) {

    /** The analysers the sections use: thread-safe, so built once and shared (by a cluster's executor, by its tasks). */
    public record Analyzers(SentimentAnalyzer sentiment, LoadedAnalyzer loaded, FramesAnalyzer frames, String scheme, List<String> frameNames,
                            QuotesAnalyzer quotes, PortrayalAnalyzer portrayal, TimelineAnalyzer timeline) {
        public static Analyzers of(ReportSpec spec) {
            Scheme.Builtin builtin = Scheme.Builtin.valueOf(spec.schemeKey().toUpperCase(Locale.ROOT));
            SchemeBuilder schemes = new SchemeBuilder().add(builtin);
            Scheme frames = schemes.build(schemes.describe());
            return new Analyzers(new SentimentAnalyzer(SentimentLexicon.load(true, List.of()), ReportSpec.THRESHOLDS, SentimentModel.builtin()),
                new LoadedAnalyzer(LoadedLexicon.load(true, List.of(), List.of(), Set.of()), 0),
                new FramesAnalyzer(frames, Presence.of(frames)), builtin.schemeName(), frames.frames(),
                new QuotesAnalyzer(SpeechVerbs.load(true, List.of())),
                new PortrayalAnalyzer(TargetSource.found(), PortrayalModel.builtin()),
                new TimelineAnalyzer(false));
        }
    }

    /** @param reference the reference corpus's counts, for the keyness chart */
    public static ReportSections create(ReportSpec spec, Optional<TermCounts> reference, Analyzers a) {
        return new ReportSections(
            new FreqSection(spec.freqSettings(), reference),
            new SentimentSection(a.sentiment(), ReportSpec.THRESHOLDS),
            new LoadedSection(a.loaded()),
            new FramesSection(a.frames(), a.scheme(), a.frameNames()),
            new QuotesSection(a.quotes()),
            new PortrayalSection(a.portrayal()),
            new TimelineSection(a.timeline()));
    }

    public List<Section<?>> list() {
        return List.of(terms, sentiment, loaded, frames, quotes, portrayal, timeline);
    }

    /** What the sections have counted so far, with the corpus's facts. */
    public ReportTally tally(CorpusFacts.Tally facts) {
        return new ReportTally(facts, terms.counts(), sentiment.tally(), loaded.tally(), frames.tally(), quotes.tally(), portrayal.tally(),
            timeline.tally());
    }
}
