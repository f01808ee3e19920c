package org.textlens.corpus;

import java.io.IOException;

/** Lines of a decoded input, without their line terminators. */
interface LineReader {
    /** The next line, or null at the end of the input. */
    String readLine() throws IOException;
}
