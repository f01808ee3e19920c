package org.textlens.corpus;

import java.nio.file.Path;
import java.util.Optional;

/** One input to read: a file (named as the user gave it, or as found in a folder), or stdin. */
public record InputSource(String name, Optional<Path> path) {
    public static final String STDIN = "-";

    public static InputSource stdin() {
        return new InputSource(STDIN, Optional.empty());
    }

    public static InputSource file(String name, Path path) {
        return new InputSource(name, Optional.of(path));
    }
}
