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
        read(sources, sink, null);
    }

    /**
     * {@link #read(List, Consumer)}, where a long plain text is streamed to {@code parts} (see
     * {@link TextParts}) instead of being read whole.
     */
    public void read(List<InputSource> sources, Consumer<Document> sink, TextParts parts) {
        for (InputSource source : sources) {
            read(source, sink, parts);
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

    private void read(InputSource source, Consumer<Document> sink, TextParts parts) {
        if (warc != null) {
            readWarc(source, sink);
            return;
        }
        long[] delivered = {0};
        Consumer<Document> counted = guarded(doc -> {
            delivered[0]++;
            sink.accept(doc);
        });
        OpenedInput input = null;
        try (OpenedInput opened = OpenedInput.open(source, settings.charset(), stdin)) {
            input = opened;
            opened.sniff();
            if (opened.binary().isPresent()) {
                finishPages(sink);
                diagnostics.warn(source.name(), opened.binary().get());
                return;
            }
            if (parts == null) {
                format.read(source, opened, counted);
            } else {
                format.read(source, opened, counted, (part, first, last) -> {
                    if (first) {
                        delivered[0]++;
                    }
                    try {
                        parts.part(part, first, last);
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                });
            }
            opened.reportDamage(diagnostics);
        } catch (SinkFailure f) {
            throw f.getCause(); // the analysis or the writer failed, not this input
        } catch (InputException e) {
            diagnostics.inputError(e); // a format reader's problem with the input as a whole
        } catch (IOException | UncheckedIOException e) {
            finishPages(sink);
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            readFailure(source, input, delivered[0], io);
        }
    }

    /**
     * An input that broke while it was read: skipped if nothing of it was used, else read in part,
     * with how much was read before the break, so that a count is never taken for the whole file.
     */
    private void readFailure(InputSource source, OpenedInput input, long documents, IOException e) {
        boolean cut = input != null && input.compressed() && isTruncation(e);
        String what;
        String hint;
        if (cut) {
            what = "the compressed data ends early";
            hint = "the file was cut short: copy or download it again";
        } else if (input != null && input.compressed() && e instanceof java.util.zip.ZipException) {
            what = "the compressed data is damaged (" + IoReasons.of(e) + ")";
            hint = "the file is corrupt: copy or download it again";
        } else {
            what = "cannot read: " + IoReasons.of(e);
            hint = "check that the file is readable and complete";
        }
        if (documents == 0) {
            diagnostics.inputError(new InputException(source.name(), what, hint));
            return;
        }
        String bytes = input != null && input.compressed() ? String.format(java.util.Locale.ROOT, " (%,d bytes)", input.bytesRead()) : "";
        diagnostics.partlyRead(new InputException(source.name(), what + String.format(java.util.Locale.ROOT,
            ": read %,d document(s)%s before the %s", documents, bytes, cut ? "cut" : "error"), hint + "; the rest of it was not read"));
    }

    private static boolean isTruncation(IOException e) {
        return e instanceof java.io.EOFException;
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
        long[] delivered = {0};
        try {
            warc.read(source, stdin, guarded(doc -> {
                delivered[0]++;
                sink.accept(doc);
            }));
        } catch (SinkFailure f) {
            throw f.getCause();
        } catch (InputException e) {
            diagnostics.inputError(e);
        } catch (IOException | UncheckedIOException e) {
            readFailure(source, null, delivered[0], e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }
}
