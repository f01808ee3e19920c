package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.textlens.lexicon.Modifiers;

/** What the rules decided about one word position of a sentence. */
final class Slot {
    double valence;
    int span = 1;              // words covered by a multi-word entry starting here
    boolean covered;           // inside a multi-word entry that starts earlier
    Modifiers.Kind modifier;   // booster, dampener, negation, clause opener or scope end
    double ownValence;         // a modifier's own lexicon valence ("damn"), used when it modifies nothing
    String label;              // the words the evidence names
    final List<String> notes = new ArrayList<>(0);
}
