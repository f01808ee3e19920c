package org.textlens.corpus;

import java.util.Optional;

/**
 * The documents of a line-based corpus format ({@code lines}, {@code jsonl}) one line at a time,
 * for readers that split large files themselves (the Spark job reads byte ranges of a file in
 * parallel). Lines are decoded, numbered, parsed and reported exactly as {@link CorpusReader}
 * does. One instance per reading thread.
 */
public final class LineDocuments {
    private final LineFormat format;
    private final Diagnostics diagnostics;
    private final Damage damage = new Damage();

    private LineDocuments(LineFormat format, Diagnostics diagnostics) {
        this.format = format;
        this.diagnostics = diagnostics;
    }

    /** A reader for {@code settings}, or empty when its format is not line-based. */
    public static Optional<LineDocuments> of(InputSettings settings, Diagnostics diagnostics) {
        return switch (settings.format()) {
            case LINES -> Optional.of(new LineDocuments(new LinesReader(settings), diagnostics));
            case JSONL -> Optional.of(new LineDocuments(new JsonlReader(new RecordFields(settings, diagnostics)), diagnostics));
            case TEXT, CSV, TSV, TIMEML, HTML, WARC, FEED -> Optional.empty();
        };
    }

    /**
     * Decodes one UTF-8 line, {@code bytes[from, to)} without its LF, which starts at byte
     * {@code offset} of its input: a leading BOM of the input and a trailing CR are dropped, and
     * malformed sequences are replaced and remembered for {@link #reportDamage(String)}.
     */
    public String decode(byte[] bytes, int from, int to, long offset) {
        return Utf8LineReader.decodeLine(bytes, from, to, offset, damage);
    }

    /** The document of non-blank line {@code number}, or empty when the line was reported and skipped. */
    public Optional<Document> document(InputSource source, long number, String line) {
        return format.document(source, number, line);
    }

    /** Reports the malformed bytes decoded since the last report, as the warning for {@code where}. */
    public void reportDamage(String where) {
        if (damage.count() > 0) {
            diagnostics.malformedBytes(where, "UTF-8", damage.count(), damage.firstOffset());
            damage.reset();
        }
    }
}
