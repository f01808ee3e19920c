package org.textlens.learn;

import java.util.ArrayList;
import java.util.List;

/** BIO tags: {@code O} outside, {@code B-TYPE} begins a span of TYPE, {@code I-TYPE} continues it. */
public final class Bio {
    public static final String OUTSIDE = "O";

    private Bio() {
    }

    static void check(String tag) {
        if (!tag.equals(OUTSIDE) && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")))) {
            throw new IllegalArgumentException("not a BIO tag: '" + tag + "' (use O, B-TYPE or I-TYPE)");
        }
    }

    /** The span type of a tag, null for {@code O}. */
    public static String type(String tag) {
        return tag.equals(OUTSIDE) ? null : tag.substring(2);
    }

    /** Whether {@code tag} may follow {@code previous} (null at the start): I-X only after B-X or I-X. */
    public static boolean allowed(String previous, String tag) {
        if (!tag.startsWith("I-")) {
            return true;
        }
        return previous != null && !previous.equals(OUTSIDE) && type(previous).equals(type(tag));
    }

    /** The tags of spans over {@code length} tokens (spans must not overlap). */
    public static List<String> tags(int length, List<TokenSpan> spans) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(length, OUTSIDE));
        for (TokenSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (!tags.get(i).equals(OUTSIDE)) {
                    throw new IllegalArgumentException("spans overlap at token " + i);
                }
                tags.set(i, (i == s.start() ? "B-" : "I-") + s.type());
            }
        }
        return tags;
    }

    /** The spans a well-formed tag sequence marks (a stray I-X starts a span, as in CoNLL scoring). */
    public static List<TokenSpan> spans(List<String> tags) {
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            boolean continues = tag.startsWith("I-") && type != null && type.equals(type(tag));
            if (!continues && type != null) {
                spans.add(new TokenSpan(start, i, type));
                type = null;
            }
            if (!tag.equals(OUTSIDE) && !continues) {
                start = i;
                type = type(tag);
            }
        }
        return spans;
    }
}
