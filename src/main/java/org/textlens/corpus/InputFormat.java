package org.textlens.corpus;

/** How the bytes of an input become documents. */
public enum InputFormat {
    /** One file is one document; its id is the path as given. */
    TEXT,
    /** One non-blank line is one document; its id is {@code FILE:LINE}. */
    LINES,
    /** One JSON object per line, fields named by --id-field, --text-field, --date-field. */
    JSONL,
    /** A CSV file with a header row, columns named as for JSONL. */
    CSV,
    /** As CSV, with tabs between the fields (quotes still allowed around a field). */
    TSV,
    /** A TimeML file: the text of its TEXT element, dated by its creation time (DCT). */
    TIMEML,
    /** A web page: its article's text without boilerplate, with title, date, author, site and language. */
    HTML,
    /** A WARC file (gzip or not): one web page per HTML response record, read as {@link #HTML}. */
    WARC,
    /** An RSS or Atom feed: one document per item, with its link, title, date and whatever text it carries. */
    FEED
}
