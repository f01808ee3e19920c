package org.textlens.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's streams, passed in rather than taken from {@link System}, so commands run the same
 * in a test as in a shell.
 *
 * @param stderrIsTerminal whether progress may be drawn on stderr (the launcher tells us)
 * @param stdoutIsTerminal whether stdout is a terminal, where a command writing a whole HTML page
 *     refuses to (the launcher tells us)
 */
public record Console(InputStream in, OutputStream out, PrintStream err, boolean stderrIsTerminal, boolean stdoutIsTerminal) {
    public Console(InputStream in, OutputStream out, PrintStream err, boolean stderrIsTerminal) {
        this(in, out, err, stderrIsTerminal, false);
    }

    public static Console system() {
        return new Console(System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out), System.err,
            Boolean.getBoolean("textlens.stderr.tty"), Boolean.getBoolean("textlens.stdout.tty"));
    }
}
