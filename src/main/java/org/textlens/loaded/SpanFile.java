package org.textlens.loaded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.textlens.corpus.InputException;
import org.textlens.lexicon.TsvEntries;

/**
 * Span annotations to learn from: a TSV file of {@code doc_id, start, end[, label]}, one span a
 * line, offsets in code points with the end exclusive, {@code doc_id} as textlens reports the
 * document. A first line starting with {@code doc_id} is a header; {@code #} starts a comment line.
 * Lines without a label take {@link #NO_LABEL}. Every problem is one error with the file and line:
 * a malformed line when read, an unknown document, an offset past the document's end or two
 * overlapping spans when {@link #check checked} against the documents.
 */
public final class SpanFile {
    /** The label of a span given without one; the model reports its spans under this category. */
    public static final String NO_LABEL = "learned";

    /** One annotated span and the line it was read from. */
    public record Annotation(String docId, int start, int end, String label, String source, long line) {
        InputException error(String what, String hint) {
            return new InputException(source, java.util.OptionalLong.of(line), what, hint);
        }
    }

    private final Path file;
    private final List<Annotation> annotations;

    private SpanFile(Path file, List<Annotation> annotations) {
        this.file = file;
        this.annotations = List.copyOf(annotations);
    }

    /** Reads {@code file}; a malformed line fails with its file and line. */
    public static SpanFile read(Path file) {
        List<Annotation> out = new ArrayList<>();
        for (TsvEntries.Entry row : TsvEntries.readFile(file, "span file")) {
            if (out.isEmpty() && row.fields().get(0).strip().equalsIgnoreCase("doc_id")) {
                continue;
            }
            out.add(parse(row));
        }
        return new SpanFile(file, out);
    }

    private static Annotation parse(TsvEntries.Entry row) {
        List<String> f = row.fields();
        if (f.size() < 3 || f.size() > 4) {
            throw row.error("expected 3 or 4 tab-separated fields (doc_id, start, end[, label]), found " + f.size(),
                "separate the fields with tabs");
        }
        String doc = f.get(0);
        if (doc.isEmpty()) {
            throw row.error("empty doc_id", "give the document's id as textlens reports it (the path as given, or the id field)");
        }
        int start = offset(row, f.get(1), "start");
        int end = offset(row, f.get(2), "end");
        if (end <= start) {
            throw row.error("end " + end + " is not after start " + start, "offsets are code points, end exclusive");
        }
        String label = f.size() == 4 ? f.get(3).strip() : NO_LABEL;
        if (label.isEmpty() || label.chars().anyMatch(Character::isWhitespace)) {
            throw row.error("label '" + label + "' is empty or holds white space", "write labels as single words, e.g. euphemism");
        }
        return new Annotation(doc, start, end, label, row.source(), row.line());
    }

    private static int offset(TsvEntries.Entry row, String field, String name) {
        try {
            int v = Integer.parseInt(field.strip());
            if (v < 0) {
                throw row.error(name + " offset " + v + " is negative", "offsets count code points from 0");
            }
            return v;
        } catch (NumberFormatException e) {
            throw row.error(name + " offset '" + field + "' is not a whole number", "offsets count code points from 0");
        }
    }

    public Path file() {
        return file;
    }

    /** The labels of the file's spans, sorted. */
    public Set<String> labels() {
        TreeSet<String> labels = new TreeSet<>();
        annotations.forEach(a -> labels.add(a.label()));
        return labels;
    }

    /** Only the spans with one of {@code keep} as label. */
    public SpanFile only(Set<String> keep) {
        return new SpanFile(file, annotations.stream().filter(a -> keep.contains(a.label())).toList());
    }

    public int size() {
        return annotations.size();
    }

    /**
     * The spans of each document, sorted by start, after checking them against the documents:
     * {@code lengths} gives each input document's length in code points, in input order. Fails on the first span (in
     * file order) of an unknown document, past its document's end, or overlapping an earlier span.
     */
    public Map<String, List<Annotation>> check(Map<String, Integer> lengths) {
        Map<String, List<Annotation>> byDoc = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            Integer length = lengths.get(a.docId());
            if (length == null) {
                throw a.error("unknown doc_id '" + a.docId() + "': no input document has this id",
                    "use the ids textlens reports for the inputs, e.g. '" + example(lengths, a.docId()) + "'");
            }
            if (a.end() > length) {
                throw a.error("span " + a.start() + "-" + a.end() + " runs past the end of '" + a.docId() + "' (" + length
                    + " code points)", "offsets are code points, end exclusive; check that the file matches these documents");
            }
            byDoc.computeIfAbsent(a.docId(), k -> new ArrayList<>()).add(a);
        }
        List<Annotation> overlaps = new ArrayList<>();
        for (List<Annotation> spans : byDoc.values()) {
            List<Annotation> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(Annotation::start).thenComparingLong(Annotation::line));
            for (int i = 1; i < sorted.size(); i++) {
                Annotation before = sorted.get(i - 1);
                Annotation here = sorted.get(i);
                if (here.start() < before.end()) {
                    overlaps.add(here.line() > before.line() ? here : before);
                }
            }
            spans.clear();
            spans.addAll(sorted);
        }
        overlaps.stream().min(Comparator.comparingLong(Annotation::line)).ifPresent(a -> {
            Annotation other = byDoc.get(a.docId()).stream().filter(b -> b != a && b.start() < a.end() && a.start() < b.end())
                .min(Comparator.comparingLong(Annotation::line)).orElseThrow();
            throw a.error("span " + a.start() + "-" + a.end() + " overlaps span " + other.start() + "-" + other.end() + " of line "
                + other.line(), "a tagger marks each word once: merge overlapping spans or keep one of them");
        });
        return byDoc;
    }

    /** An input id to show: one with the same file name as {@code unknown} if there is one, else the first. */
    private static String example(Map<String, Integer> lengths, String unknown) {
        String name = unknown.substring(Math.max(unknown.lastIndexOf('/'), unknown.lastIndexOf('\\')) + 1);
        return lengths.keySet().stream().filter(id -> id.endsWith("/" + name) || id.endsWith("\\" + name) || id.equals(name))
            .findFirst().orElse(lengths.keySet().stream().findFirst().orElse(""));
    }
}
