package org.textlens.corpus;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything textlens tells people goes through here, to stderr, one line per problem. Input
 * errors either stop the run (the default) or, with {@code --keep-going}, are printed, remembered
 * and skipped so the run can finish with exit code 3.
 */
public final class Diagnostics {
    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final PrintStream err;
    private final Verbosity verbosity;
    private final boolean keepGoing;
    private final List<String> skipped = new ArrayList<>();
    private final List<String> partlyRead = new ArrayList<>();
    private final List<String> damaged = new ArrayList<>();
    private long malformedSequences;

    public Diagnostics(PrintStream err, Verbosity verbosity, boolean keepGoing) {
        this.err = err;
        this.verbosity = verbosity;
        this.keepGoing = keepGoing;
    }

    public synchronized void warn(String where, String what) {
        if (verbosity != Verbosity.QUIET) {
            err.println("textlens: warning: " + where + ": " + what);
        }
    }

    public synchronized void info(String what) {
        if (verbosity == Verbosity.VERBOSE) {
            err.println("textlens: " + what);
        }
    }

    public synchronized void error(String what) {
        err.println("textlens: error: " + what);
    }

    /** Reports, once per input (or part of one), byte sequences that could not be decoded and were replaced. */
    public synchronized void malformedBytes(String where, String charset, long count, long firstOffset) {
        malformedSequences += count;
        warn(where, count + " malformed " + charset + " byte sequence(s) replaced with U+FFFD, the first at byte " + firstOffset
            + " (if the file is in another encoding, give it with --encoding)");
    }

    /**
     * Reports a stretch of damage inside an input that reading got past (a damaged WARC record):
     * one warning, and the place remembered, so a run spread over many machines can add them up.
     */
    public synchronized void damaged(String where, String what) {
        damaged.add(where);
        warn(where, what);
    }

    /** The places of the damage reading got past, in the order met. */
    public synchronized List<String> damaged() {
        return List.copyOf(damaged);
    }

    /** Malformed byte sequences replaced so far, over every input. */
    public synchronized long malformedSequences() {
        return malformedSequences;
    }

    /** Stops the run with {@code problem}, or records and reports it when going on is allowed. */
    public synchronized void inputError(InputException problem) {
        if (!keepGoing) {
            throw problem;
        }
        error(problem.describe() + " [skipped]");
        skipped.add(problem.where());
    }

    /**
     * Stops the run with {@code problem}, or, when going on is allowed, reports an input of which
     * only the part before the problem was read (and its documents counted).
     */
    public synchronized void partlyRead(InputException problem) {
        if (!keepGoing) {
            throw problem;
        }
        error(problem.describe() + " [read in part]");
        partlyRead.add(problem.where());
    }

    /** Inputs read only up to a problem, under --keep-going. */
    public synchronized List<String> partlyRead() {
        return List.copyOf(partlyRead);
    }

    public synchronized List<String> skipped() {
        return List.copyOf(skipped);
    }

    public boolean verbose() {
        return verbosity == Verbosity.VERBOSE;
    }
}
