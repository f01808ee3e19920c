package org.textlens.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.textlens.freq.FreqSettings;
import org.textlens.lexicon.StopWords;

/**
 * {@link FreqSettings} as plain serialisable data: the driver reads the stop-word file once and
 * the executors rebuild the same settings from this.
 */
record FreqSpec(int minN, int maxN, boolean foldCase, FreqSettings.BaseForm base, String stopName, HashSet<String> stopWords,
                boolean numbers, List<String> posTags, long minCount, int minLength, int top) implements Serializable {

    static FreqSpec of(FreqSettings s) {
        return new FreqSpec(s.minN(), s.maxN(), s.foldCase(), s.base(), s.stopWords().name(), new HashSet<>(s.stopWords().words()),
            s.numbers(), s.posTags().map(List::copyOf).orElse(null), s.minCount(), s.minLength(), s.top());
    }

    FreqSettings settings() {
        Optional<Set<String>> tags = Optional.ofNullable(posTags).map(Set::copyOf);
        return new FreqSettings(minN, maxN, foldCase, base, new StopWords(stopName, stopWords), numbers, tags, minCount, minLength, top);
    }
}
