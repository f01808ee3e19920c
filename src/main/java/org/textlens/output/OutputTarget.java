package org.textlens.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where output goes. Stdout is written as rows come. A regular file given with {@code -o} is
 * written to a temporary file beside it and renamed over the target only on {@link #commit()}, so
 * a failed run leaves an existing file untouched and never a half-written one. Special files
 * (/dev/null, a named pipe) are written directly, since they cannot be replaced.
 */
public final class OutputTarget implements AutoCloseable {
    private final OutputStream stream;
    private final Optional<Path> target;
    private final Optional<Path> temp;
    private final Optional<Thread> cleanup;
    private boolean committed;

    private OutputTarget(OutputStream stream, Optional<Path> target, Optional<Path> temp, Optional<Thread> cleanup) {
        this.stream = stream;
        this.target = target;
        this.temp = temp;
        this.cleanup = cleanup;
    }

    /**
     * Ctrl-C or a kill skips close(): the temporary file must not be left behind. The hook is in
     * place before the file is made, so no signal can come between the two.
     */
    private static Thread cleanupHook(AtomicReference<Path> made) {
        Thread hook = new Thread(() -> {
            Path t = made.get();
            try {
                if (t != null) {
                    Files.deleteIfExists(t);
                }
            } catch (IOException e) {
                // nothing more can be done while the JVM exits
            }
        }, "textlens-output-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    public static OutputTarget stdout(OutputStream out) {
        return new OutputTarget(new BufferedOutputStream(out, 1 << 16), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Opens {@code file}; fails before any analysis when its folder cannot take a new file. */
    public static OutputTarget file(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            if (Files.isDirectory(file)) {
                throw new IOException("is a directory");
            }
            return new OutputTarget(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), Optional.of(file), Optional.empty(),
                Optional.empty());
        }
        Path dir = file.toAbsolutePath().getParent();
        AtomicReference<Path> made = new AtomicReference<>();
        Thread hook = cleanupHook(made);
        try {
            made.set(Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp"));
            return new OutputTarget(new BufferedOutputStream(Files.newOutputStream(made.get()), 1 << 16), Optional.of(file),
                Optional.of(made.get()), Optional.of(hook));
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            if (made.get() != null) {
                Files.deleteIfExists(made.get());
            }
            throw e;
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /** Flushes, and for a file moves the finished temporary file over the target. */
    public void commit() throws IOException {
        stream.flush();
        if (temp.isPresent()) {
            stream.close();
            keepPermissions(temp.get(), target.get());
            try {
                Files.move(temp.get(), target.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp.get(), target.get(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /**
     * A temporary file is private (0600); the result should look like any file the user writes:
     * the old target's permissions if there was one, else rw-r--r--.
     */
    private static void keepPermissions(Path temp, Path target) {
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    private void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs and deletes the temporary file
        }
    }

    /** Without a commit, drops the temporary file; the target keeps its old content. */
    @Override
    public void close() throws IOException {
        cleanup.ifPresent(this::removeHook);
        if (temp.isPresent()) {
            if (!committed) {
                try {
                    stream.close();
                } finally {
                    Files.deleteIfExists(temp.get());
                }
            }
        } else if (target.isPresent()) {
            stream.close();
        } else {
            stream.flush();
        }
    }
}
