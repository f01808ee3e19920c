package org.textlens.loaded;

import java.util.List;
import java.util.Optional;

/**
 * The hyphenated spelling of a two-word entry, so one entry serves both: "death knell" also finds
 * "death-knell", "witch hunt" finds "witch-hunt". Only words of letters take part. The other way
 * round is not safe: a hyphenated word written apart is often another phrase ("a has-been" is not
 * "has been", "cover-up" is not the verb "cover up"), so such entries list both spellings themselves.
 */
final class HyphenVariants {
    private HyphenVariants() {
    }

    static Optional<List<String>> of(List<String> words) {
        if (words.size() == 2 && isLetters(words.get(0)) && isLetters(words.get(1))) {
            return Optional.of(List.of(words.get(0) + "-" + words.get(1)));
        }
        return Optional.empty();
    }

    private static boolean isLetters(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isLetter);
    }
}
