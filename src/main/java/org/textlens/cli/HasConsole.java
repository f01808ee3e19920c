package org.textlens.cli;

/** A command that holds the streams its subcommands use: the top-level command, and {@code train}. */
interface HasConsole {
    Console console();
}
