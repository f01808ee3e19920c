package org.textlens.report;

import java.util.List;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.report.html.Mark;

/**
 * One analyser's part of the report. A section analyses each document on a worker thread
 * ({@link #analyze}, thread-safe, through the analyser's public API), receives the results in input
 * order on the report thread ({@link #add}, where it keeps only the counts and sums its corpus view needs), and
 * gives its corpus view's figures at the end ({@link #corpusView}), which draw themselves. What it found in one document it
 * contributes to that document's view through its {@link Part}.
 *
 * <p>Adding an analyser to the report is one class implementing this interface, listed in
 * {@link ReportBuilder}.
 *
 * @param <P> what the section finds in one document
 */
public interface Section<P extends Section.Part> {
    /** A stable id, used for anchors and as the {@code data-section} attribute. */
    String id();

    /** The heading of the corpus view. */
    String title();

    /** Whether the analysis needs part-of-speech tags (the slowest annotation step). */
    default boolean needsPos() {
        return false;
    }

    /** Analyses one document; called from several threads at once. */
    P analyze(AnnotatedDocument doc);

    /** Takes one document's result, in input order, on the report thread. */
    void add(DocumentInfo doc, P part);

    /** The corpus view's figures, after every document was added. */
    CorpusView corpusView();

    /**
     * Explains how this section marks document texts: {@code <li>} items of the key shown above
     * the document views, each with a sample of the marking.
     */
    default void renderTextKey(HtmlOut out) {
    }

    /** Headers of the columns this section adds to the document list. */
    default List<String> listHeaders() {
        return List.of();
    }

    /** What a section found in one document, and how it shows in the document's view. */
    interface Part {
        /** This document's cells in the document list, one per {@link Section#listHeaders()}. */
        default List<Cell> cells() {
            return List.of();
        }

        /** Spans of the document text to highlight. */
        default List<Mark> marks() {
            return List.of();
        }

        /** Figures and tables shown above the document's text; must be thread-safe. */
        default void render(HtmlOut out, DocumentInfo doc) {
        }
    }

    /** A cell of the document list: its text, the number it sorts by (NaN: text order), and a class. */
    record Cell(String text, double sortKey, String cssClass) {
        public static Cell text(String text) {
            return new Cell(text, Double.NaN, "");
        }

        public static Cell number(String text, double value) {
            return new Cell(text, value, "num");
        }
    }
}
