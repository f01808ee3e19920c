package org.textlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The job on a real Spark standalone cluster: a master and two workers started on 127.0.0.1 from
 * Spark's Maven artifacts, each its own JVM, and executors in processes of their own that the
 * workers launch. The workers need a Spark distribution's layout to launch executors ({@code
 * SPARK_HOME/jars}); the test makes one under {@code target/cluster} from the same Maven jars.
 * The job's shaded jar is submitted as {@code spark-submit} submits it ({@code SparkSubmit},
 * client mode), so it reaches the executors over the driver's file server, with lexicon files
 * shipped as broadcasts. Outputs are compared with the CLI's, byte for byte.
 *
 * <p>The test starts and stops the cluster itself: every process it starts, and the executors the
 * workers started, are killed when it ends, or by a shutdown hook if the JVM is stopped first;
 * each wait is bounded.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class StandaloneClusterIT {
    private static final long START_SECONDS = 180;
    private static final long JOB_SECONDS = 420;
    /** Libraries that are the job's, not Spark's: they reach the executors only inside the job's jar. */
    private static final List<String> NOT_SPARK = List.of("/org/textlens/", "/info/picocli/", "/org/apache/opennlp/", "/org/junit/",
        "/org/opentest4j/", "/org/apiguardian/");

    private static final List<Process> PROCESSES = new ArrayList<>();
    private static Path dir;
    private static String classpath;
    private static String master;
    private static Path corpus;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(StandaloneClusterIT::stopCluster));
        dir = Path.of(System.getProperty("textlens.clusterDir", "target/cluster")).toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        classpath = sparkClasspath();
        Path sparkHome = sparkHome();
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        start("master", sparkHome, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port),
            "--webui-port", Integer.toString(freePort()));
        waitForPort(port);
        for (int i = 1; i <= 2; i++) {
            start("worker-" + i, sparkHome, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir", dir.resolve("work-" + i).toString(), master);
        }
        waitForLog(dir.resolve("master.log"), "Registering worker", 2);
        Path jsonl = dir.resolve("generated.jsonl");
        GeneratedCorpus.write(3000, jsonl, dir.resolve("generated.txt"));
        corpus = jsonl;
    }

    @AfterAll
    static void stopCluster() {
        synchronized (PROCESSES) {
            for (int i = PROCESSES.size() - 1; i >= 0; i--) {
                Process p = PROCESSES.get(i);
                List<ProcessHandle> children = p.descendants().toList(); // the executors a worker launched
                p.destroy();
                children.forEach(ProcessHandle::destroy);
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    p.destroyForcibly();
                }
                children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            }
            PROCESSES.clear();
        }
    }

    /** Spark's jars from the Spark project's class path, less the job's own libraries. */
    private static String sparkClasspath() throws IOException {
        String all = Files.readString(Path.of(System.getProperty("textlens.sparkClasspath", "target/cluster-classpath.txt"))).strip();
        List<String> jars = new ArrayList<>();
        for (String entry : all.split(java.io.File.pathSeparator)) {
            if (NOT_SPARK.stream().noneMatch(entry::contains)) {
                jars.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, jars);
    }

    /** A Spark distribution's layout, SPARK_HOME/jars, made of links to the Maven jars: what a worker launches executors from. */
    private static Path sparkHome() throws IOException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path link = jars.resolve(jar.getFileName());
            if (Files.isRegularFile(jar) && !Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        return home;
    }

    private static Process start(String name, Path sparkHome, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", classpath));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_HOSTNAME", "localhost");
        // a distribution says its Scala version by its build directories; this one says it here
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        synchronized (PROCESSES) {
            Process p = pb.start();
            PROCESSES.add(p);
            return p;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the master did not open port " + port + " in " + START_SECONDS + " s; see " + dir.resolve("master.log"));
    }

    private static void waitForLog(Path log, String line, int times) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).split(line, -1).length - 1 >= times) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("'" + line + "' did not appear " + times + " times in " + log + " in " + START_SECONDS + " s:\n"
            + (Files.exists(log) ? Files.readString(log) : ""));
    }

    /** Submits the job as spark-submit does, in client mode: the driver is this process's child, the executors the workers'. */
    private static Run submit(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-cp", classpath, "org.apache.spark.deploy.SparkSubmit",
            "--master", master, "--deploy-mode", "client", "--class", "org.textlens.spark.SparkMain", "--name", "textlens-it-" + name,
            "--executor-memory", "512m", "--total-executor-cores", "2", "--conf", "spark.executor.cores=1",
            "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.log.level=WARN", "--conf", "spark.textlens.maxSplitBytes=64k",
            System.getProperty("textlens.sparkJar", "target/textlens-spark.jar")));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p;
        synchronized (PROCESSES) {
            p = pb.start();
            PROCESSES.add(p);
        }
        try {
            if (!p.waitFor(JOB_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the job did not finish in " + JOB_SECONDS + " s; see " + err);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            synchronized (PROCESSES) {
                PROCESSES.remove(p);
            }
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** What the executors wrote on stderr, over both workers: proof they ran as processes of their own. */
    private static List<Path> executorLogs() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path work = dir.resolve("work-" + i);
            if (!Files.isDirectory(work)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(work)) {
                logs.addAll(files.filter(f -> f.getFileName().toString().equals("stderr")).toList());
            }
        }
        return logs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String stderrLines(Run run, String prefix) {
        return String.join("\n", run.err().lines().filter(l -> l.startsWith(prefix)).toList());
    }

    @Test
    void loadedWithoutRepeatsOnTheClusterIsTheCli() throws Exception {
        // a user lexicon travels as a broadcast of its bytes; hits of repeated sentences are dropped by a reduce, a join and a sort
        Path lexicon = dir.resolve("desk-loaded.tsv");
        Files.writeString(lexicon, "term\tcategory\tweight\talternative\treason\nslammed\temotive\t0.8\tcriticised\tdramatic verb of speech\n");
        String[] loaded = {"loaded", "--skip-repeats", "--lexicon", lexicon.toString(), "--input-format", "jsonl", "--text-field", "body"};
        SparkHarness.Run cliLoaded = SparkHarness.cli(SparkHarness.concat(loaded, corpus.toString()));
        assertEquals(0, cliLoaded.exit(), cliLoaded.err());
        Path loadedOut = dir.resolve("loaded");
        Run jobLoaded = submit("loaded", SparkHarness.concat(loaded, "--input", corpus.toString(), "--output", loadedOut.toString()));
        assertEquals(0, jobLoaded.exit(), jobLoaded.err());
        assertEquals(cliLoaded.out(), SparkHarness.parts(loadedOut));
        assertTrue(read(loadedOut.resolve("_textlens.json")).contains("\"master\" : \"" + master + "\""));
        assertTrue(cliLoaded.out().contains(",slammed,emotive,0.80,criticised,dramatic verb of speech\n"));
        assertTrue(executorLogs().size() >= 2, "executors ran in processes of their own on both workers");
    }

    @Test
    void theReportsFiguresOnTheClusterAreTheClis() throws Exception {
        // the data step in executors of their own: tallies merged by a tree reduce, terms, speakers and entities by key
        String[] options = {"report", "--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};
        Path cliData = dir.resolve("report-cli");
        SparkHarness.Run cli = SparkHarness.cli(SparkHarness.concat(SparkHarness.concat(options, "--write-data", cliData.toString()),
            corpus.toString()));
        assertEquals(0, cli.exit(), cli.err());
        Path out = dir.resolve("report");
        Run job = submit("report", SparkHarness.concat(options, "--input", corpus.toString(), "--output", out.toString()));
        assertEquals(0, job.exit(), job.err());
        assertEquals(ReportJobTest.figures(cliData), ReportJobTest.figures(out));
        assertTrue(read(out.resolve("summary.csv")).contains("\ndocuments,3000\n"));
    }

    @Test
    void malformedRecordsOnTheClusterAreTheCliMessagesAndExitCodes() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(Files.readAllBytes(corpus));
        bytes.writeBytes("{\"id\":\"broken\",\"body\":\"no end\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"x\",\"text\":\"no body field\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(Files.readAllBytes(corpus));
        Files.write(bad, bytes.toByteArray());
        String[] options = {"timeline", "--input-format", "jsonl", "--text-field", "body", "--date-field", "published"};

        SparkHarness.Run cliStrict = SparkHarness.cli(SparkHarness.concat(options, bad.toString()));
        assertEquals(1, cliStrict.exit());
        Path strictOut = dir.resolve("strict");
        Run strict = submit("strict", SparkHarness.concat(options, "--input", bad.toString(), "--output", strictOut.toString()));
        assertEquals(1, strict.exit(), strict.err());
        String message = stderrLines(new Run(0, "", cliStrict.err()), "textlens: error:");
        assertTrue(message.contains("bad.jsonl:3001: not a JSON object"), message);
        assertTrue(strict.err().contains(message), strict.err());
        assertFalse(Files.exists(strictOut), "a failed job leaves no output");

        String[] lenient = SparkHarness.concat(new String[] {"timeline", "--keep-going"}, java.util.Arrays.copyOfRange(options, 1, options.length));
        SparkHarness.Run cliLenient = SparkHarness.cli(SparkHarness.concat(lenient, bad.toString()));
        assertEquals(3, cliLenient.exit());
        Path lenientOut = dir.resolve("lenient");
        Run job = submit("lenient", SparkHarness.concat(lenient, "--input", bad.toString(), "--output", lenientOut.toString()));
        assertEquals(3, job.exit(), job.err());
        assertEquals(cliLenient.out(), SparkHarness.parts(lenientOut));
        assertTrue(job.err().contains("textlens: error: 2 record(s) skipped: " + bad + ":3001, " + bad + ":3002"), job.err());
        assertTrue(read(lenientOut.resolve("_textlens.json")).contains("\"records_skipped\" : 2"));
        String executors = String.join("\n", executorLogs().stream().map(StandaloneClusterIT::read).toList());
        assertTrue(executors.contains(bad + ":3001: not a JSON object") && executors.contains("[skipped]"),
            "the executor that met the records says what was wrong with each, in its own log");
    }
}
