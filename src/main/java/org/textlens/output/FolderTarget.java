package org.textlens.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One output file per document in a folder ({@code -o FOLDER}). A document's file is named after
 * its id, made safe (no path, no control characters); names are unique within a run, so two
 * documents that share a name ({@code jan/article.txt}, {@code feb/article.txt}, or JSONL records
 * with one id) become {@code article.txt.tml} and {@code article.txt-2.tml} rather than one
 * overwriting the other. Each file is written beside its target and renamed into place when
 * complete. Not thread-safe: the runner hands documents over in input order on one thread.
 */
public final class FolderTarget {
    private static final int LONGEST_NAME = 200;

    /** Writes one document's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final String extension;
    private final Set<String> used = new HashSet<>();
    private long renamed;
    private Optional<String> firstRenamed = Optional.empty();

    public FolderTarget(Path folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** Writes a document's file and returns its name. */
    public String write(String id, Content content) throws IOException {
        String name = unique(safeName(id));
        Path target = folder.resolve(name);
        Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its defaults apply
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return name;
    }

    /** How many documents got a numbered name because an earlier one had theirs. */
    public long renamed() {
        return renamed;
    }

    /** The first numbered name given, for the warning. */
    public Optional<String> firstRenamed() {
        return firstRenamed;
    }

    private String unique(String name) {
        String key = name.toLowerCase(Locale.ROOT); // case-insensitive file systems would merge these
        if (used.add(key)) {
            return name;
        }
        String stem = name.substring(0, name.length() - extension.length());
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + extension;
            if (used.add(candidate.toLowerCase(Locale.ROOT))) {
                renamed++;
                if (firstRenamed.isEmpty()) {
                    firstRenamed = Optional.of(candidate);
                }
                return candidate;
            }
        }
    }

    /** The last path segment of the id, with characters file systems refuse replaced, and the extension. */
    static String safeName(String id, String extension) {
        String last = id;
        int slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
        if (slash >= 0) {
            last = id.substring(slash + 1);
        }
        StringBuilder b = new StringBuilder();
        last.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7f || ":*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String name = b.toString();
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (name.startsWith(".")) {
            name = "_" + name.substring(1); // not a hidden file, and never our temporary files
        }
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > LONGEST_NAME) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name.endsWith(extension) ? name : name + extension;
    }

    private String safeName(String id) {
        return safeName(id, extension);
    }
}
