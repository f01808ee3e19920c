package org.textlens.learn;

import java.util.List;

/** A training instance for a span model: one feature vector per token, and each token's BIO tag. */
public record TokenSequence(List<FeatureVector> tokens, List<String> tags) {
    public TokenSequence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
        tags.forEach(Bio::check);
    }
}
