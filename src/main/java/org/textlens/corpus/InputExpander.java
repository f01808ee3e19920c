package org.textlens.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * Every regular file under {@code root}, in path order. A subfolder that cannot be listed is one
     * input error naming that subfolder; the rest of the tree is still read.
     */
    private void walk(String arg, Path root, List<InputSource> out) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(root) || !isHidden(root, d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p)) && !isHidden(root, p)
                        && glob.map(g -> g.matches(p.getFileName()) || g.matches(root.relativize(p))).orElse(true)) {
                        found.add(p);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    if (!isHidden(root, p)) {
                        unlistable(p.equals(root) ? arg : p.toString(), e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        unlistable(d.equals(root) ? arg : d.toString(), e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unlistable(arg, e);
        }
        found.sort(null);
        found.forEach(p -> out.add(InputSource.file(p.toString(), p)));
    }

    private void unlistable(String where, IOException e) {
        diagnostics.inputError(new InputException(where, "cannot list folder: " + IoReasons.of(e), "check its permissions"));
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
