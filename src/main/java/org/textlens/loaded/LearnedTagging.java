package org.textlens.loaded;

import java.util.ArrayList;
import java.util.List;
import org.textlens.learn.Bio;
import org.textlens.learn.FeatureVector;
import org.textlens.learn.Features;
import org.textlens.learn.SpanModel;
import org.textlens.learn.TokenSpan;

/**
 * Runs the span tagger over one sentence: the tokens' features ({@link SpanFeatures}), their
 * scores, the decoded spans and what each span is reported as. Thread-safe (the model keeps its
 * caches per thread).
 */
final class LearnedTagging {
    /** Features named in the reason of a span the lexicon does not explain. */
    static final int REASON_FEATURES = 3;
    /** Features listed by {@code --explain}. */
    static final int EXPLAIN_FEATURES = 5;

    private final SpanFeatures features = new SpanFeatures();

    /** One sentence as the tagger reads it: its words, the lexicon's hits, and the quotation words per token. */
    record Sentence(SentenceWords words, List<Hit> hits, int[] quoteWords) {
    }

    /** A span the model found: tokens {@code [from, to)}, its type, how sure the model is (0..1). */
    record Found(int from, int to, String type, double weight) {
    }

    /** The spans the model finds in {@code s}, with the tags it gave every token (for explanations). */
    record Tagged(List<Found> spans, List<String> tags) {
    }

    Tagged tag(LoadedModel model, Sentence s) {
        SentenceWords w = s.words();
        List<LoadedModel.Token> tokens = new ArrayList<>(w.size());
        LoadedModel.ContextBuffer buffer = new LoadedModel.ContextBuffer();
        for (int i = 0; i < w.size(); i++) {
            double[] form = model.form(w.lower[i], w.lemma[i], w.isWord(i), features);
            features.context(w, i, s.hits(), s.quoteWords(), buffer);
            tokens.add(buffer.token(form));
        }
        double[][] scores = model.scores(tokens);
        List<String> tags = model.decode(scores);
        List<Found> found = new ArrayList<>();
        for (TokenSpan span : Bio.spans(tags)) {
            double sure = 0;
            for (int i = span.start(); i < span.end(); i++) {
                sure += model.inside(scores[i]);
            }
            found.add(new Found(span.start(), span.end(), span.type(), sure / (span.end() - span.start())));
        }
        return new Tagged(found, tags);
    }

    /** Every token's full feature vector, neighbours' features included: what the model was trained on. */
    List<FeatureVector> vectors(Sentence s) {
        SentenceWords w = s.words();
        List<FeatureVector> own = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            Features f = new Features();
            features.form(w.lower[i], w.lemma[i], w.isWord(i), f::add);
            features.context(w, i, s.hits(), s.quoteWords(), f::add);
            own.add(f.build());
        }
        return SpanModel.window(own, SpanFeatures.WINDOW);
    }

    /** The lexicon hit a span is reported as: the strongest whose entry lies inside the span (the first on a tie), or null. */
    static Hit entryInside(List<Hit> hits, int from, int to) {
        Hit best = null;
        for (Hit h : hits) {
            if (h.coreFrom() >= from && h.coreTo() <= to && (best == null || h.entry().weight() > best.entry().weight())) {
                best = h;
            }
        }
        return best;
    }
}
