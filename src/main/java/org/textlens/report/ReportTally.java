package org.textlens.report;

import java.util.List;
import java.util.Optional;
import org.textlens.freq.TermCounts;

/**
 * The report's data step in progress: what the sections counted over some documents, as counts
 * and exact sums that add up in any order. The CLI keeps one for the whole corpus; a cluster keeps
 * one per partition, adds the term, speaker and entity tallies up by key on its own (they can be as
 * many as the words of the corpus), merges the rest, and finishes with the top of each list.
 */
public record ReportTally(CorpusFacts.Tally facts, TermCounts terms, SentimentSection.Tally sentiment, LoadedSection.Tally loaded,
                          FramesSection.Tally frames, QuotesSection.Tally quotes, PortrayalSection.Tally portrayal,
                          TimelineSection.Tally timeline) {

    /** The figures of every corpus view, from the whole corpus's tally (the CLI). */
    public static ReportData finish(ReportSpec spec, ReportSections sections, CorpusFacts.Tally facts) {
        return new ReportData(spec, facts.facts(), List.of(sections.terms().corpusView(), sections.sentiment().corpusView(),
            sections.loaded().corpusView(), sections.frames().corpusView(), sections.quotes().corpusView(),
            sections.portrayal().corpusView(), sections.timeline().corpusView()));
    }

    /**
     * The parts every partition adds up by merging (everything but the terms, speakers and
     * entities), as plain serialisable data.
     */
    public Merged merged() {
        quotes.dropSpeakers();
        portrayal.dropEntities();
        return new Merged(facts, terms.words(), terms.documents(), sentiment, loaded, frames, quotes, portrayal, timeline);
    }

    /** The merged parts, and the term totals. */
    public record Merged(CorpusFacts.Tally facts, long termWords, long termDocuments, SentimentSection.Tally sentiment,
                         LoadedSection.Tally loaded, FramesSection.Tally frames, QuotesSection.Tally quotes,
                         PortrayalSection.Tally portrayal, TimelineSection.Tally timeline) implements java.io.Serializable {
        public Merged merge(Merged o) {
            return new Merged(facts.merge(o.facts), termWords + o.termWords, termDocuments + o.termDocuments, sentiment.merge(o.sentiment),
                loaded.merge(o.loaded), frames.merge(o.frames), quotes.merge(o.quotes), portrayal.merge(o.portrayal), timeline.merge(o.timeline));
        }

        /**
         * The figures, given the tops of the keyed lists over the whole corpus, each in its order
         * ({@link FreqSection#ORDER}, {@link QuotesSection#ORDER}, {@link PortrayalSection#ORDER}).
         */
        public ReportData finish(ReportSpec spec, List<FreqSection.TermCount> topTerms, List<QuotesSection.SpeakerTally> topSpeakers,
                                 List<PortrayalSection.EntityTally> topEntities) {
            FreqSection terms = new FreqSection(spec.freqSettings(), Optional.empty());
            return new ReportData(spec, facts.facts(), List.of(terms.data(topTerms, termWords, termDocuments),
                sentiment.data(ReportSpec.THRESHOLDS), loaded.data(), frames.data(spec.schemeKey()), quotes.data(topSpeakers),
                PortrayalSection.Data.of(topEntities), timeline.data()));
        }
    }
}
