package org.textlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.textlens.corpus.InputException;
import java.util.List;
import java.util.Map;

/**
 * The report's figures for the whole corpus, made by the data step: the summary line's facts and
 * each section's corpus view, in the page's order. They are written as a folder of small CSV files
 * ({@link #files()}: {@code summary.csv} with the single figures, and a table per chart) and read
 * back exactly, so that a report drawn from the folder ({@code textlens report --from-data}) shows
 * the corpus the way one drawn from the texts does. The folder holds counts and sums, and the top
 * of each long list (terms, speakers, entities), never the texts.
 */
public record ReportData(ReportSpec spec, CorpusFacts facts, List<CorpusView> views) {
    /** The name of the format, first in {@code summary.csv}, so that a folder says what it is. */
    static final String FORMAT = "textlens report data 1";

    /** The folder's files by name, in a fixed order; the same figures give the same bytes. */
    public Map<String, String> files(String version) {
        DataTables out = new DataTables();
        out.value("format", FORMAT);
        out.value("textlens_version", version);
        spec.write(out);
        facts.write(out);
        views.forEach(v -> v.write(out));
        return out.files();
    }

    /** Reads a folder that {@link #files} wrote; a missing or malformed file is an {@code InputException} naming it. */
    public static ReportData read(Path dir) {
        DataTables.Reader in = new DataTables.Reader(dir);
        if (!in.value("format").equals(FORMAT)) {
            throw new InputException(dir.resolve(DataTables.VALUES).toString(),
                "not report data of this version: its format is '" + in.value("format") + "'", "write the folder again with this version of textlens");
        }
        ReportSpec spec = ReportSpec.read(in);
        return new ReportData(spec, CorpusFacts.read(in), List.of(FreqSection.Data.read(in, spec.freqSettings()),
            SentimentSection.Data.read(in, ReportSpec.THRESHOLDS), LoadedSection.Data.read(in), FramesSection.Data.read(in, spec.schemeKey()),
            QuotesSection.Data.read(in), PortrayalSection.Data.read(in), TimelineSection.Data.read(in)));
    }

    /** The version of textlens that wrote a folder. */
    public static String version(Path dir) {
        return new DataTables.Reader(dir).value("textlens_version");
    }

    /**
     * Writes the folder: into a hidden folder beside it, then moved into place, so a failed run
     * leaves no half-written folder and an earlier one survives it. An existing folder is replaced
     * only when it holds report data (or nothing).
     */
    public void writeFolder(Path dir, String version) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isDataFolder(absolute)) {
            throw new InputException(dir.toString(), "exists and is not a report data folder",
                "give a new folder, or one that report --write-data wrote before");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".textlens-");
        try {
            for (Map.Entry<String, String> f : files(version).entrySet()) {
                Files.writeString(temporary.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.exists(absolute)) {
                try (Stream<Path> old = Files.list(absolute)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(absolute);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(temporary)) {
                try (Stream<Path> left = Files.list(temporary)) {
                    for (Path p : left.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static boolean isDataFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            return all.isEmpty() || all.contains(dir.resolve(DataTables.VALUES)) && all.stream().allMatch(p -> Files.isRegularFile(p)
                && (p.getFileName().toString().endsWith(".csv") || p.getFileName().toString().startsWith("_") || p.getFileName().toString().startsWith(".")));
        }
    }
}
