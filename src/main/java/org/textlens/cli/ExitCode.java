package org.textlens.cli;

/** The exit codes textlens promises (see README). */
final class ExitCode {
    static final int OK = 0;
    /** The run failed: unreadable input, invalid data, a write failure. */
    static final int FAILED = 1;
    /** A usage error: unknown option, bad value. */
    static final int USAGE = 2;
    /** The run completed, but --keep-going skipped some inputs. */
    static final int SKIPPED = 3;

    private ExitCode() {
    }
}
