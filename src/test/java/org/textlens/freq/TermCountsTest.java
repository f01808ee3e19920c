package org.textlens.freq;

import org.textlens.lexicon.StopWords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.textlens.corpus.Document;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.Annotator;

/** The counts-only view of the accumulator, which the Spark job adds up across machines. */
class TermCountsTest {
    @Test
    void everyCountedTermWithItsCountAndDocumentFrequencyAndNoStopWords() {
        FreqSettings settings = new FreqSettings(1, 1, true, FreqSettings.BaseForm.NONE, StopWords.english(), false,
            Optional.empty(), 1, 1, 0);
        FreqAnalyzer analyzer = new FreqAnalyzer(settings, false);
        Annotator annotator = new AnnotationRequest(AnnotationRequest.SentenceMode.PARAGRAPH, AnnotationRequest.TokenizerKind.WORD, false)
            .newAnnotator();
        TermCounts counts = analyzer.empty();
        analyzer.add(counts, annotator.annotate(Document.of("a", "Talks, talks and more talks.")));
        analyzer.add(counts, annotator.annotate(Document.of("b", "The talks failed.")));
        TreeMap<String, String> seen = new TreeMap<>();
        counts.forEachTerm((term, count, docs) -> seen.put(term, count + "/" + docs));
        assertEquals("{failed=1/1, talks=4/2}", seen.toString());
        assertEquals(8, counts.words());
        assertEquals(2, counts.documents());
    }
}
