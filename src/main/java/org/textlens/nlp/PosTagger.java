package org.textlens.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** Universal Dependencies POS tags from OpenNLP's English model; one instance per thread. */
public final class PosTagger {
    private final POSTaggerME tagger;

    public PosTagger() {
        this(EnglishModels.pos());
    }

    private PosTagger(opennlp.tools.postag.POSModel model) {
        this.tagger = new POSTaggerME(model, POSTagFormat.UD);
    }

    /** A tagger that decides each tag greedily (beam of one): faster, for analyses that tag selected sentences in bulk. */
    public static PosTagger greedy() {
        return new PosTagger(EnglishModels.greedyPos());
    }

    /** UD tags of {@code words}, one per word. */
    public String[] tag(String[] words) {
        return words.length == 0 ? words : tagger.tag(words);
    }

    /** The tagger's probability for each tag of the last {@link #tag} call. */
    public double[] lastProbabilities() {
        return tagger.probs();
    }

    List<Token> tag(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).norm();
        }
        String[] tags = tagger.tag(words);
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < words.length; i++) {
            tagged.add(tokens.get(i).withPos(tags[i]));
        }
        return tagged;
    }
}
