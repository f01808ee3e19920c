package org.textlens.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What every view knows of a document: its position in the input (from 0), id, date, running
 * words and sentences, and whether the report has a view of it ({@code --max-documents}).
 */
public record DocumentInfo(int index, String id, Optional<LocalDate> date, long words, int sentences, boolean hasView) {
    /** The anchor of the document's view. */
    public String anchor() {
        return "d" + index;
    }
}
