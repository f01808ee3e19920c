package org.textlens.corpus;

import java.io.IOException;
import java.util.function.Consumer;

/** Reads one decoded input of a given corpus format and hands each document to a sink. */
sealed interface FormatReader permits TextReader, LinesReader, JsonlReader, CsvReader, TimemlReader,
    HtmlReader, FeedReader {

    void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException;

    /**
     * {@link #read}, where a reader that can deliver a long document in parts does so to
     * {@code parts}; other readers deliver whole documents to {@code sink}.
     */
    default void read(InputSource source, OpenedInput input, Consumer<Document> sink, TextParts parts) throws IOException {
        read(source, input, sink);
    }

    static FormatReader of(InputSettings settings, Diagnostics diagnostics) {
        return of(settings, diagnostics, new Pages(settings, diagnostics, 1));
    }

    /** A reader whose web pages (if the format has any) are extracted by {@code pages}. */
    static FormatReader of(InputSettings settings, Diagnostics diagnostics, Pages pages) {
        RecordFields fields = new RecordFields(settings, diagnostics);
        return switch (settings.format()) {
            case TEXT -> new TextReader(settings);
            case LINES -> new LinesReader(settings);
            case JSONL -> new JsonlReader(fields);
            case CSV -> new CsvReader(fields, ',');
            case TSV -> new CsvReader(fields, '\t');
            case TIMEML -> new TimemlReader(settings);
            case HTML -> new HtmlReader(pages);
            case WARC -> throw new IllegalArgumentException("a WARC file is read from its raw bytes, by WarcReader");
            case FEED -> new FeedReader(settings, diagnostics);
        };
    }
}
