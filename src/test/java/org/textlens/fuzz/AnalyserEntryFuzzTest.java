package org.textlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.corpus.Document;
import org.textlens.engine.Runner;
import org.textlens.frames.FramesAnalyzer;
import org.textlens.frames.Presence;
import org.textlens.frames.Scheme;
import org.textlens.frames.SchemeBuilder;
import org.textlens.freq.DocTermsAnalyzer;
import org.textlens.freq.FreqAnalyzer;
import org.textlens.freq.FreqSettings;
import org.textlens.freq.TermCounts;
import org.textlens.lexicon.StopWords;
import org.textlens.loaded.LoadedAnalyzer;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Annotator;
import org.textlens.portrayal.PortrayalAnalyzer;
import org.textlens.portrayal.PortrayalModel;
import org.textlens.portrayal.TargetSource;
import org.textlens.quotes.QuotesAnalyzer;
import org.textlens.report.ReportBuilder;
import org.textlens.report.ReportSections;
import org.textlens.report.ReportSettings;
import org.textlens.report.ReportSpec;
import org.textlens.sentiment.SentimentAnalyzer;
import org.textlens.sentiment.SentimentLexicon;
import org.textlens.sentiment.Thresholds;
import org.textlens.timeline.TaggedDocument;
import org.textlens.timeline.TimelineAnalyzer;
import org.textlens.timeline.TimemlWriter;

/**
 * Every analyser's entry point called directly on arbitrary text as one annotated document, with
 * lexicons, models and schemes loaded once, so that the fuzzer runs thousands of texts where the
 * whole-CLI targets ({@link AnalyserFuzzTest}, which keep replaying their seeds) run hundreds. An
 * analysis must take any text: any exception is a finding. The rows are consumed in full, and
 * timeline's TimeML output is written too.
 */
class AnalyserEntryFuzzTest {
    private static final Annotator SENTENCES = new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL,
        AnnotationRequest.TokenizerKind.WORD, false).newAnnotator();
    private static final Thresholds THRESHOLDS = new Thresholds(-0.05, 0.05);
    private static final FreqSettings FREQ = new FreqSettings(1, 3, true, FreqSettings.BaseForm.LEMMA, StopWords.english(), true,
        Optional.empty(), 1, 1, 0);
    private static final FreqAnalyzer FREQ_CORPUS = new FreqAnalyzer(FREQ, true);
    private static final DocTermsAnalyzer FREQ_BY_DOC = new DocTermsAnalyzer(FREQ);
    private static final SentimentAnalyzer SENTIMENT = new SentimentAnalyzer(SentimentLexicon.load(true, List.of()), THRESHOLDS);
    private static final LoadedAnalyzer LOADED = new LoadedAnalyzer(LoadedLexicon.load(true, List.of(), List.of(), Set.of()), 0);
    private static final Scheme FRAMES_SCHEME = scheme();
    private static final FramesAnalyzer FRAMES = new FramesAnalyzer(FRAMES_SCHEME, Presence.of(FRAMES_SCHEME));
    private static final QuotesAnalyzer QUOTES = new QuotesAnalyzer(SpeechVerbs.load(true, List.of()));
    private static final TimelineAnalyzer TIMELINE = new TimelineAnalyzer(false);
    private static final PortrayalAnalyzer PORTRAYAL = new PortrayalAnalyzer(TargetSource.found(), PortrayalModel.builtin());
    private static final ReportSpec REPORT = new ReportSpec(10, "generic");
    private static final ReportSections.Analyzers REPORT_ANALYZERS = ReportSections.Analyzers.of(REPORT);

    private static Scheme scheme() {
        SchemeBuilder builder = new SchemeBuilder().add(Scheme.Builtin.GENERIC);
        return builder.build(builder.describe());
    }

    private static AnnotatedDocument annotate(byte[] data) {
        return SENTENCES.annotate(Document.of("fuzz", new String(data, StandardCharsets.UTF_8)));
    }

    private static void drain(Stream<?> rows) {
        rows.forEach(row -> assertTrue(row != null));
    }

    @FuzzTest(maxDuration = "12s")
    void freq(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        TermCounts counts = FREQ_CORPUS.add(FREQ_CORPUS.empty(), doc);
        drain(FREQ_CORPUS.finish(counts));
        drain(FREQ_BY_DOC.analyze(doc));
    }

    @FuzzTest(maxDuration = "12s")
    void sentiment(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        drain(SENTIMENT.sentences(true).analyze(doc));
        drain(SENTIMENT.wholeDocuments(true).analyze(doc));
        drain(SENTIMENT.summaries().analyze(doc));
    }

    @FuzzTest(maxDuration = "12s")
    void loaded(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        drain(LOADED.hits(true, true).analyze(doc));
        drain(LOADED.summaries().analyze(doc));
    }

    @FuzzTest(maxDuration = "12s")
    void frames(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        drain(FRAMES.sentences(0).analyze(doc));
        drain(FRAMES.documents(true, true).analyze(doc));
    }

    @FuzzTest(maxDuration = "12s")
    void quotes(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        drain(QUOTES.statements().analyze(doc));
        drain(QUOTES.summaries().analyze(doc));
    }

    @FuzzTest(maxDuration = "12s")
    void timeline(byte[] data) throws IOException {
        AnnotatedDocument doc = annotate(data);
        for (TaggedDocument tagged : TIMELINE.analyze(doc).toList()) {
            TimemlWriter.write(tagged, new StringWriter());
        }
    }

    @FuzzTest(maxDuration = "12s")
    void portrayal(byte[] data) {
        AnnotatedDocument doc = annotate(data);
        drain(PORTRAYAL.mentions(true).analyze(doc));
        drain(PORTRAYAL.summaries().analyze(doc));
    }

    /** The whole report page for one document: every section's analysis, its document view and its corpus view. */
    @FuzzTest(maxDuration = "12s")
    void report(byte[] data) {
        ReportBuilder builder = new ReportBuilder(new ReportSettings("fuzz", 5, "0", Map.of()), REPORT,
            ReportSections.create(REPORT, Optional.empty(), REPORT_ANALYZERS));
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        try {
            builder.build(new Runner(1, new AnnotationRequest(AnnotationRequest.SentenceMode.MODEL, AnnotationRequest.TokenizerKind.WORD, false)),
                sink -> sink.accept(Document.of("fuzz", new String(data, StandardCharsets.UTF_8))), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(page.toString(StandardCharsets.UTF_8).contains("</html>"));
    }
}
