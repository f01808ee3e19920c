package org.textlens.spark;

import java.io.Serializable;

/**
 * A part of the corpus that one task reads: a whole file, or a byte range of a large file of a
 * line-based format. A range holds the lines that start inside it.
 *
 * @param name the file's name as documents and messages show it (as the CLI names it)
 * @param uri where the file is, for Hadoop's file systems
 * @param start first byte of the range (0 for a whole file)
 * @param end end of the range, exclusive (the length for a whole file)
 * @param linesBefore line feeds before {@code start}: the range's first line is number linesBefore + 1 (or + 2 when it starts mid-line)
 * @param whole read the file whole, with the CLI's reader (text and CSV, gzip, other encodings, small files)
 */
record Piece(String name, String uri, long start, long end, long linesBefore, boolean whole) implements Serializable {
    long length() {
        return end - start;
    }

    Piece withLinesBefore(long lines) {
        return new Piece(name, uri, start, end, lines, whole);
    }
}
