package org.textlens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Console console = Console.system();
        int code = run(console, args);
        console.err().flush();
        System.exit(code);
    }

    /** Runs textlens with the given streams and returns the exit code; never calls System.exit. */
    public static int run(Console console, String... args) {
        try {
            return commandLine(console).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(console);
        }
    }

    /**
     * One line instead of a stack trace when the heap is full. By the time it is caught here the
     * command's data is unreachable, so there is room again to say so.
     */
    static int outOfMemory(Console console) {
        try {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            console.err().println("textlens: error: out of memory: the Java heap (" + mb + " MB) is full"
                + " (give the JVM more, e.g. JAVA_OPTS=-Xmx" + Math.max(1, 2 * mb / 1024) + "g, or split the input)");
        } catch (OutOfMemoryError again) {
            // the heap is still full (what filled it is still reachable): the line made in advance
            console.err().write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
        }
        console.err().flush();
        return ExitCode.FAILED;
    }

    /** The out-of-memory line, made before any heap is needed to say it. */
    private static final byte[] OUT_OF_MEMORY = ("textlens: error: out of memory: the Java heap is full"
        + " (give the JVM more, e.g. JAVA_OPTS=-Xmx2g, or split the input)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static CommandLine commandLine(Console console) {
        CommandLine cl = new CommandLine(new TextlensCommand(console));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(console.out(), true, java.nio.charset.StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(console.err(), true));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return outOfMemory(console);
                }
            }
            console.err().println("textlens: error: internal error: " + e
                + " (please report it; rerun with --debug for details)");
            if (java.util.Arrays.asList(parsed.originalArgs()).contains("--debug")) {
                e.printStackTrace(console.err());
            }
            return ExitCode.FAILED;
        });
        return cl;
    }

    /** One line, in the same shape as every other error, and where to look for help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(usageLine(e));
        cmd.getErr().flush();
        return ExitCode.USAGE;
    }

    /** {@code textlens: error: what (see 'textlens COMMAND --help')}. */
    static String usageLine(CommandLine.ParameterException e) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        return "textlens: error: " + lowerFirst(e.getMessage()) + " (see '" + name + " --help')";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
