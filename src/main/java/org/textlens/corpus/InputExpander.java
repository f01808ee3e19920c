package org.textlens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the positional arguments into the list of inputs: files as named, folders walked
 * recursively in sorted order (hidden entries skipped, {@code --glob} applied), {@code -} as
 * stdin, and no argument at all as stdin. Problems are found here, before any output is written.
 */
public final class InputExpander {
    private final Optional<PathMatcher> glob;
    private final Diagnostics diagnostics;

    public InputExpander(Optional<String> glob, Diagnostics diagnostics) {
        this.glob = glob.map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
        this.diagnostics = diagnostics;
    }

    public List<InputSource> expand(List<String> args) {
        if (args.isEmpty()) {
            return List.of(InputSource.stdin());
        }
        List<InputSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(InputSource.STDIN)) {
                out.add(InputSource.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                walk(arg, path, out);
            } else if (Files.isReadable(path)) {
                out.add(InputSource.file(arg, path));
            } else if (Files.exists(path)) {
                diagnostics.inputError(new InputException(arg, "permission denied", "check the file's permissions"));
            } else {
                diagnostics.inputError(new InputException(arg, "no such file or directory", "check the path"));
            }
        }
        return out;
    }

    private void walk(String arg, Path root, List<InputSource> out) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> !isHidden(root, p))
                .filter(Files::isRegularFile)
                .filter(p -> glob.map(g -> g.matches(p.getFileName()) || g.matches(root.relativize(p))).orElse(true))
                .sorted()
                .forEach(p -> out.add(InputSource.file(p.toString(), p)));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.inputError(new InputException(arg, "cannot list folder: " + e.getMessage(), "check its permissions"));
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
