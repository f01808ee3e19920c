package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parts of the command line that are not an analysis: help, version, completion. */
class CommandLineTest {
    @Test
    void versionAndHelp() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("textlens " + Version.current()), v.out());
        Cli.Result help = Cli.run("freq", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--reference"), help.out());
        assertTrue(help.out().contains("--keep-going"), help.out());
        assertEquals(0, Cli.run("freq", "--version").exit());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("textlens: error: no command given"), r.err());
        assertEquals(2, Cli.run("frequency").exit());
    }

    @Test
    void completionScriptsForBashAndZsh() {
        Cli.Result bash = Cli.run("completion", "bash");
        assertEquals(0, bash.exit());
        assertTrue(bash.out().contains("complete -F"), bash.out().substring(0, 200));
        assertTrue(bash.out().contains("--ngram"));
        Cli.Result zsh = Cli.run("completion", "zsh");
        assertTrue(zsh.out().startsWith("autoload -U +X compinit"));
        assertEquals(2, Cli.run("completion", "fish").exit());
    }
}
