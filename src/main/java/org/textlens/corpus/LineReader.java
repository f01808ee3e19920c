package org.textlens.corpus;

import java.io.IOException;

/** Lines of a decoded input, without their line terminators. */
interface LineReader {
    /** Receives a non-blank line and its number (from 1, blank lines counted). */
    interface NumberedLine {
        void accept(long number, String line);
    }

    /** The next line, or null at the end of the input. */
    String readLine() throws IOException;

    /** Every non-blank line with its number, the unit of the line-based corpus formats. */
    default void forEachNonBlank(NumberedLine consumer) throws IOException {
        long number = 0;
        for (String line; (line = readLine()) != null; ) {
            number++;
            if (!line.isBlank()) {
                consumer.accept(number, line);
            }
        }
    }
}
