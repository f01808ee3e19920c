package org.textlens.learn;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Builds one instance's {@link FeatureVector}. A feature is a name and a value. Names follow one
 * convention so explanations read alike across analysers: an indicator is {@code kind=what} with
 * value 1 (counts add up when it fires again), a measure is a bare {@code kind} with its value
 * (e.g. {@code vader} = the sum of lexicon valences). Tabs and line breaks in names become spaces,
 * so every name fits on one line of a model file.
 *
 * <p>Not thread-safe; make one per instance.
 */
public final class Features {
    private final TreeMap<String, Double> values = new TreeMap<>();
    private final String prefix;

    public Features() {
        this("");
    }

    /** A builder whose every name starts with {@code prefix} (e.g. {@code "-1:"} for the token before). */
    public Features(String prefix) {
        this.prefix = prefix;
    }

    /** Adds {@code value} to feature {@code name} (0 if absent). */
    public Features add(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("feature " + name + " has a value that is not a finite number: " + value);
        }
        values.merge(prefix.isEmpty() ? clean(name) : prefix + clean(name), value, Double::sum);
        return this;
    }

    /** Sets feature {@code name} to {@code value}, whatever it was. */
    public Features set(String name, double value) {
        values.put(prefix.isEmpty() ? clean(name) : prefix + clean(name), value);
        return this;
    }

    /** Adds 1 to the indicator {@code kind=what}. */
    public Features indicator(String kind, String what) {
        return add(kind + "=" + what, 1);
    }

    /** {@code lemma=LEMMA}. */
    public Features lemma(String lemma) {
        return indicator("lemma", lemma);
    }

    /** {@code ngram=a b c}: a sequence of words (lemmas or forms), n of them. */
    public Features ngram(List<String> words) {
        return indicator(words.size() == 1 ? "lemma" : words.size() + "gram", String.join(" ", words));
    }

    /** {@code LEXICON:hit=ENTRY}: an entry of a lexicon matched. */
    public Features lexiconHit(String lexicon, String entry) {
        return indicator(lexicon + ":hit", entry);
    }

    /** {@code LEXICON}: adds a matched entry's valence (or weight) to the lexicon's running sum. */
    public Features valence(String lexicon, double valence) {
        return add(lexicon, valence);
    }

    /** {@code LEXICON:cat=CATEGORY}: an entry of that category matched. */
    public Features category(String lexicon, String category) {
        return indicator(lexicon + ":cat", category);
    }

    /** {@code neg:FEATURE}: a feature seen inside a negation's scope (see {@link NegationScope}). */
    public Features negated(String name, double value) {
        return add("neg:" + name, value);
    }

    /** {@code pos=TAG}. */
    public Features pos(String tag) {
        return indicator("pos", tag);
    }

    /**
     * {@code position=first|early|middle|late|last}: where item {@code index} of {@code count} stands
     * (a sentence in its document, a token in its sentence). A single item is {@code first}.
     */
    public Features position(int index, int count) {
        return indicator("position", positionBucket(index, count));
    }

    /** A measure, scaled as given: {@code kind}. */
    public Features measure(String kind, double value) {
        return add(kind, value);
    }

    /** Adds every feature of {@code other} (with this builder's prefix). */
    public Features addAll(FeatureVector other) {
        for (int i = 0; i < other.size(); i++) {
            add(other.name(i), other.value(i));
        }
        return this;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public FeatureVector build() {
        return FeatureVector.of(values);
    }

    static String positionBucket(int index, int count) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("position " + index + " outside 0.." + (count - 1));
        }
        if (index == 0) {
            return "first";
        }
        if (index == count - 1) {
            return "last";
        }
        double r = (double) index / (count - 1);
        return r < 1.0 / 3 ? "early" : r <= 2.0 / 3 ? "middle" : "late";
    }

    static String clean(String name) {
        if (name.indexOf('\t') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
            return name;
        }
        return name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Lower-cases with the root locale, as every feature name from text should be. */
    public static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
