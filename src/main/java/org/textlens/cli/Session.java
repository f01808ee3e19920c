package org.textlens.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.textlens.corpus.CorpusReader;
import org.textlens.corpus.Diagnostics;
import org.textlens.corpus.Document;
import org.textlens.corpus.InputExpander;
import org.textlens.corpus.InputSettings;
import org.textlens.corpus.InputSource;
import org.textlens.corpus.TextParts;
import org.textlens.engine.Runner;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.output.OutputFormat;
import org.textlens.output.OutputTarget;
import org.textlens.output.RowWriter;
import org.textlens.output.RunInfo;
import org.textlens.output.Schema;

/** What a command needs while it runs: its inputs, a runner, a writer, and somewhere to report. */
final class Session {
    private final String command;
    private final InputOptions input;
    private final OutputFormat format;
    private final OutputTarget target;
    private final Diagnostics diagnostics;
    private final Console console;

    Session(String command, InputOptions input, OutputFormat format, OutputTarget target, Diagnostics diagnostics, Console console) {
        this.command = command;
        this.input = input;
        this.format = format;
        this.target = target;
        this.diagnostics = diagnostics;
        this.console = console;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The documents of the command's positional inputs. */
    Runner.Feed feed() {
        return feed(input.inputs);
    }

    /** The documents of {@code args}, read with the command's input options. */
    Runner.Feed feed(List<String> args) {
        InputSettings settings = input.settings();
        List<InputSource> sources = new InputExpander(settings.glob(), diagnostics).expand(args);
        CorpusReader reader = new CorpusReader(settings, diagnostics, console.in(), input.threadCount());
        Progress progress = new Progress(console, diagnostics);
        return new Runner.Feed() {
            @Override
            public void forEach(Consumer<Document> sink) {
                forEach(sink, null);
            }

            @Override
            public void forEach(Consumer<Document> sink, TextParts parts) {
                reader.read(sources, doc -> {
                    progress.tick();
                    sink.accept(doc);
                }, parts == null ? null : (part, first, last) -> {
                    if (first) {
                        progress.tick();
                    }
                    parts.part(part, first, last);
                });
                progress.done();
            }
        };
    }

    Runner runner(AnnotationRequest request) {
        return new Runner(input.threadCount(), request);
    }

    /** The raw output stream, for commands that write documents rather than rows (TimeML). */
    java.io.OutputStream stream() {
        return target.stream();
    }

    /** A writer for rows of {@code schema}; {@code options} are the command's effective analysis options. */
    RowWriter writer(Schema schema, Map<String, Object> options) throws IOException {
        java.util.Objects.requireNonNull(format, "this command writes no rows");
        Map<String, Object> all = new LinkedHashMap<>(options);
        all.putAll(input.describe());
        return RowWriter.open(format, target.stream(), schema, new RunInfo(command, Version.current(), all));
    }
}
