package org.textlens.timeline;

/**
 * The tense of an expression's clause, found on demand. A caller for which a past clause and a
 * clause without tense lead to the same choice (a weekday: the last one either way) says so,
 * and the part-of-speech tagger is then spared when it could only tell those two apart.
 */
interface ClauseTense {
    Tense get(boolean pastSameAsNone);

    default Tense get() {
        return get(false);
    }

    static ClauseTense fixed(Tense t) {
        return ignored -> t;
    }
}
