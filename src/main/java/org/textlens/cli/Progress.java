package org.textlens.cli;

import org.textlens.corpus.Diagnostics;

/**
 * A document counter on stderr, redrawn at most twice a second and only when stderr is a
 * terminal, so pipelines and logs stay clean. With -v a final count is reported.
 */
final class Progress {
    private static final long REDRAW_NANOS = 500_000_000L;

    private final Console console;
    private final Diagnostics diagnostics;
    private final long started = System.nanoTime();
    private long documents;
    private long lastDrawn;
    private boolean drawn;

    Progress(Console console, Diagnostics diagnostics) {
        this.console = console;
        this.diagnostics = diagnostics;
    }

    void tick() {
        documents++;
        if (console.stderrIsTerminal() && (documents & 63) == 0) {
            long now = System.nanoTime();
            if (now - lastDrawn > REDRAW_NANOS && now - started > REDRAW_NANOS) {
                console.err().print("\rtextlens: " + documents + " documents read");
                console.err().flush();
                lastDrawn = now;
                drawn = true;
            }
        }
    }

    void done() {
        if (drawn) {
            console.err().print("\r\033[K");
            console.err().flush();
        }
        diagnostics.info(String.format(java.util.Locale.ROOT, "read %d documents in %.2f s", documents, (System.nanoTime() - started) / 1e9));
    }
}
