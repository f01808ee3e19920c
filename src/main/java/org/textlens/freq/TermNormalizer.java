package org.textlens.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.textlens.nlp.Lemmatizer;

/**
 * Turns a word as written into the term that is counted, as a short chain of named steps in the
 * manner of Lucene's analysis filters: lower-casing, then stemming or lemmatising. Called once per
 * distinct word form (the extractor's word table remembers the result), so a corpus pays for each
 * step once per word, not per token. Not thread-safe (the Snowball stemmer keeps state): one
 * instance per worker.
 */
final class TermNormalizer {
    private final List<UnaryOperator<String>> steps = new ArrayList<>();

    TermNormalizer(FreqSettings settings) {
        if (settings.foldCase()) {
            steps.add(TermNormalizer::lowerCase);
        }
        switch (settings.base()) {
            case STEM -> steps.add(keepingCase(snowball()));
            case LEMMA -> steps.add(keepingCase(Lemmatizer.english()::lemma));
            case NONE -> { }
        }
    }

    String term(String word) {
        String term = word;
        for (UnaryOperator<String> step : steps) {
            term = step.apply(term);
        }
        return term;
    }

    static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static UnaryOperator<String> snowball() {
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        return w -> stemmer.stem(w).toString();
    }

    /**
     * Stemmers and lemmatisers work on lower case; with {@code --case keep} the base form gets the
     * word's case pattern back (Talks → Talk, NATO → NATO).
     */
    private static UnaryOperator<String> keepingCase(UnaryOperator<String> lowerCaseStep) {
        return word -> {
            String lower = lowerCase(word);
            String base = lowerCaseStep.apply(lower);
            if (lower.equals(word) || base.isEmpty()) {
                return base;
            }
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                return base.toUpperCase(Locale.ROOT);
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
            }
            return base;
        };
    }
}
