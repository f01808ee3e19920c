package org.textlens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every input in order and streams its documents to a sink, one at a time: the corpus is
 * never held in memory. Binary inputs are skipped with a warning; unreadable ones are input errors.
 */
public final class CorpusReader {
    private final InputSettings settings;
    private final Diagnostics diagnostics;
    private final FormatReader format;
    private final WarcReader warc;
    private final InputStream stdin;

    private final Pages pages;

    public CorpusReader(InputSettings settings, Diagnostics diagnostics, InputStream stdin) {
        this(settings, diagnostics, stdin, 1);
    }

    /** A reader that extracts web pages ({@code html}, {@code warc}) on {@code threads} threads, in input order all the same. */
    public CorpusReader(InputSettings settings, Diagnostics diagnostics, InputStream stdin, int threads) {
        this.stdin = stdin;
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.pages = new Pages(settings, diagnostics, threads);
        boolean warcInput = settings.format() == InputFormat.WARC;
        this.warc = warcInput ? new WarcReader(pages, diagnostics) : null;
        this.format = warcInput ? null : FormatReader.of(settings, diagnostics, pages);
    }

    public void read(List<InputSource> sources, Consumer<Document> sink) {
        for (InputSource source : sources) {
            read(source, sink);
        }
        finishPages(sink);
    }

    /** Carries a failure of the sink (a write error, a broken pipe) past the input's own handling. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static Consumer<Document> guarded(Consumer<Document> sink) {
        return doc -> {
            try {
                sink.accept(doc);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        };
    }

    private void read(InputSource source, Consumer<Document> sink) {
        if (warc != null) {
            readWarc(source, sink);
            return;
        }
        try (OpenedInput input = OpenedInput.open(source, settings.charset(), stdin)) {
            if (input.binary()) {
                finishPages(sink);
                diagnostics.warn(source.name(), "binary file (NUL bytes in the first "
                    + OpenedInput.SNIFF_BYTES / 1024 + " KiB) skipped");
                return;
            }
            format.read(source, input, guarded(sink));
            input.reportDamage(diagnostics);
        } catch (SinkFailure f) {
            throw f.getCause(); // the analysis or the writer failed, not this input
        } catch (IOException | UncheckedIOException e) {
            finishPages(sink);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            diagnostics.inputError(new InputException(source.name(), "cannot read: " + why, "check that the file is readable and complete"));
        }
    }

    /** Hands on the pages still being extracted, so that what is said about them comes before what follows. */
    private void finishPages(Consumer<Document> sink) {
        try {
            pages.finish(guarded(sink));
        } catch (SinkFailure f) {
            throw f.getCause();
        }
    }

    /** A WARC file is read from its raw bytes: its records are gzip members of their own and may hold binary content. */
    private void readWarc(InputSource source, Consumer<Document> sink) {
        try {
            warc.read(source, stdin, guarded(sink));
        } catch (SinkFailure f) {
            throw f.getCause();
        } catch (IOException | UncheckedIOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            diagnostics.inputError(new InputException(source.name(), "cannot read: " + why, "check that the file is readable and complete"));
        }
    }
}
