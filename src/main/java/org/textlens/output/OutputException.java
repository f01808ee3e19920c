package org.textlens.output;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A failure to write output, raised from inside a streaming pipeline. A type of its own, so that
 * the input side (which turns its own I/O errors into "cannot read FILE") lets it pass.
 */
public final class OutputException extends UncheckedIOException {
    public OutputException(IOException cause) {
        super(cause);
    }
}
