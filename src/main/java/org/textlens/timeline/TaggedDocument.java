package org.textlens.timeline;

import java.util.List;
import org.textlens.corpus.Document;

/** A document with its temporal expressions, as tags (for TimeML) and as output rows. */
public record TaggedDocument(Document doc, List<Timex> timexes, List<TimelineRow> rows) {
    /** Whether an expression kept an underspecified value because the document has no date. */
    public boolean lacksDate() {
        return doc.date().isEmpty() && timexes.stream().anyMatch(Timex::unanchored);
    }
}
