package org.textlens.cli;

import java.io.IOException;
import org.textlens.output.OutputException;
import org.textlens.output.Row;
import org.textlens.output.RowWriter;

/** Writing rows from a callback that cannot throw checked exceptions. */
final class Rows {
    private Rows() {
    }

    static void write(RowWriter writer, Row row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new OutputException(e);
        }
    }
}
