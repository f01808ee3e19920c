package org.textlens.report;

/**
 * What a section shows for the whole corpus, as data: made by the data step from mergeable counts
 * and sums (never means of means), drawn by the render step, and written to and read back from the
 * report's data folder exactly, so a report drawn from the folder shows what one drawn from the
 * corpus shows.
 */
public interface CorpusView {
    /** The section's id (anchors, {@code data-section}). */
    String id();

    /** The heading. */
    String title();

    void render(HtmlOut out);

    void write(DataTables out);
}
