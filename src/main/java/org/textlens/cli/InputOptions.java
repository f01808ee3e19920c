package org.textlens.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.textlens.corpus.InputFormat;
import org.textlens.corpus.InputSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where documents come from and how they are read; shared by every analysing command. */
public final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
        description = "Files or folders (read recursively), or - for stdin. None: stdin. Gzip is read transparently.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text (a file is a document), lines (a line is a document), jsonl, csv, tsv, timeml (TimeML files: TEXT and creation date), html (web pages: the article without boilerplate), warc (HTML responses of WARC files), feed (RSS/Atom items). Default: ${DEFAULT-VALUE}.",
        converter = EnumConverters.InputFormatConverter.class, completionCandidates = EnumConverters.InputFormats.class)
    InputFormat format;

    @Option(names = "--glob", paramLabel = "GLOB", description = "Only files in folders whose name (or relative path) matches, e.g. '*.txt'.")
    String glob;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "Text encoding of the inputs. Default: ${DEFAULT-VALUE}.")
    Charset encoding;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id", description = "JSONL/CSV/TSV field with the document id. Default: ${DEFAULT-VALUE}.")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text", description = "JSONL/CSV/TSV field with the text. Default: ${DEFAULT-VALUE}.")
    String textField;

    @Option(names = "--date-field", paramLabel = "NAME", defaultValue = "date", description = "JSONL/CSV/TSV field with the publication date. Default: ${DEFAULT-VALUE}.")
    String dateField;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of documents that carry none.")
    LocalDate date;

    @Option(names = "--keep-going", description = "Skip unreadable inputs and bad records instead of stopping; exit code 3 if any were skipped.")
    boolean keepGoing;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.",
        defaultValue = "0", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    int threads;

    InputSettings settings() {
        return new InputSettings(format, encoding, idField, textField, dateField, Optional.ofNullable(date), Optional.ofNullable(glob));
    }

    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The input options as the JSON envelope reports them. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs.isEmpty() ? List.of("-") : inputs);
        m.put("input_format", format.name().toLowerCase(java.util.Locale.ROOT));
        m.put("encoding", encoding.name());
        if (format == InputFormat.JSONL || format == InputFormat.CSV || format == InputFormat.TSV) {
            m.put("id_field", idField);
            m.put("text_field", textField);
            m.put("date_field", dateField);
        }
        if (date != null) {
            m.put("date", date.toString());
        }
        return m;
    }
}
