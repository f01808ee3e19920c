package org.textlens.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs textlens as a user whom file permissions bind. A test run by an ordinary user runs it in
 * process; as root (CI), where {@code chmod 000} denies nothing, it runs a JVM as nobody through
 * {@code setpriv}, on a copy of the classes that nobody may read. Skipped only where neither works.
 */
final class Unprivileged {
    private Unprivileged() {
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static Cli.Result run(Path work, String... args) throws IOException, InterruptedException {
        if (!root()) {
            return Cli.run(args);
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "running as root without setpriv: cannot drop privileges");
        Path classes = Files.createDirectories(work.resolve("cp"));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (Files.isDirectory(from) && from.endsWith("classes") && !from.endsWith("test-classes")) {
                Path to = classes.resolve("main");
                copyTree(from, to);
                entries.add(to.toString());
            } else if (Files.isRegularFile(from) && !entry.contains("junit") && !entry.contains("models")) {
                Path to = classes.resolve(from.getFileName());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                entries.add(to.toString());
            }
        }
        openUp(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            java, "-Xshare:off", "-cp", String.join(File.pathSeparator, entries), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int exit = p.waitFor();
        return new Cli.Result(exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Lets nobody into the work folder and everything above it that the test made (a JUnit temp dir is 0700). */
    private static void openUp(Path work) throws IOException {
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p) && Files.isReadable(p) && !p.getFileName().toString().equals("locked")) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (Files.isRegularFile(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        for (Path p = work; p != null && p.startsWith(System.getProperty("java.io.tmpdir")) && !p.equals(Path.of(System.getProperty("java.io.tmpdir"))); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
