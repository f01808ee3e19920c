package org.textlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.textlens.corpus.InputException;

/**
 * The user's lexicon, dictionary, scheme, targets and model files, sent to the executors once each
 * (a broadcast of their bytes) after the driver has read and checked them. A file is known by its
 * content: each executor JVM writes its copy once under a folder named by the content's SHA-256
 * (keeping the file name, which tells formats apart), and the analysers built from shipped files
 * are cached by the files' content, not their names, so two runs with different files of the same
 * name never share an analyser, and two files of one run may share a name.
 */
final class ShippedFiles {
    private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();

    private final JavaSparkContext sc;

    ShippedFiles(JavaSparkContext sc) {
        this.sc = sc;
    }

    /** A shipped file: its name and content hash (what it is equal by), and its bytes on their way to the executors. */
    static final class Shipped implements Serializable {
        private final String name;
        private final String sha256;
        private final Broadcast<byte[]> bytes;

        Shipped(String name, String sha256, Broadcast<byte[]> bytes) {
            this.name = name;
            this.sha256 = sha256;
            this.bytes = bytes;
        }

        String name() {
            return name;
        }

        String sha256() {
            return sha256;
        }

        /** The content, on an executor. */
        byte[] bytes() {
            return bytes.value();
        }

        /** The executor's copy, written once per JVM. */
        Path local() {
            return WRITTEN.computeIfAbsent(sha256 + "/" + name, k -> write(sha256, name, bytes.value()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shipped s && s.name.equals(name) && s.sha256.equals(sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, sha256);
        }

        @Override
        public String toString() {
            return name + "@" + sha256.substring(0, 12);
        }
    }

    /** Ships {@code files}, read on the driver; an unreadable one fails here, naming it. */
    List<Shipped> add(List<Path> files) {
        return files.stream().map(this::add).toList();
    }

    Shipped add(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "check the path");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), "check the path and its permissions");
        }
        return new Shipped(file.getFileName().toString(), sha256(content), sc.broadcast(content));
    }

    /** On an executor: its copies of the files. */
    static List<Path> local(List<Shipped> files) {
        return files.stream().map(Shipped::local).toList();
    }

    private static Path write(String sha256, String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "textlens-shipped", sha256));
            Path file = dir.resolve(name);
            if (!Files.exists(file) || Files.size(file) != content.length) {
                Path tmp = Files.createTempFile(dir, ".part-", "");
                Files.write(tmp, content);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shipped file " + name + " on this executor", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
