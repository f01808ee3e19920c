package org.textlens.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.textlens.engine.BuildVersion;

/**
 * A model file: its {@link Provenance} and one or more named linear models ("parts": a frames model
 * has one per frame). The file is UTF-8 text, one record per line, tab-separated, LF line ends, and
 * ends with the SHA-256 of everything before it, so a damaged file is recognised:
 *
 * <pre>
 * textlens-model  1
 * kind            sentiment
 * data_sha256     HEX
 * library         NAME  VERSION        (sorted)
 * option          KEY   VALUE          (sorted)
 * metric          KEY   VALUE          (sorted)
 * features        N                    (all parts)
 * part            NAME  TASK  FEATURES  LABEL...
 * columns         COLUMN...
 * bias            B...                 (one per column)
 * w               FEATURE  W...        (sorted by feature name)
 * end             NAME
 * sha256          HEX
 * </pre>
 *
 * Weights are written with 8 significant digits in {@link java.math.BigDecimal}'s exact notation, and
 * trained models hold exactly those values, so a model read back predicts what it predicted before it
 * was written. No timestamps: the same data and options give the same bytes.
 */
public final class ModelFile {
    /** The format this build writes and reads. */
    public static final int FORMAT = 1;
    private static final String MAGIC = "textlens-model";

    private final Provenance provenance;
    private final Map<String, LinearModel> parts;

    public ModelFile(Provenance provenance, Map<String, LinearModel> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a model file holds at least one model");
        }
        parts.keySet().forEach(ModelFile::checkName);
        this.provenance = provenance;
        this.parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** A file of one model, named {@code model}. */
    public static ModelFile single(Provenance provenance, LinearModel model) {
        return new ModelFile(provenance, Map.of("model", model));
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The models by name, in the order they were given. */
    public Map<String, LinearModel> parts() {
        return parts;
    }

    public LinearModel part(String name) {
        LinearModel m = parts.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no model '" + name + "' in this file; it has " + parts.keySet());
        }
        return m;
    }

    /** Features over all parts. */
    public int featureCount() {
        return parts.values().stream().mapToInt(m -> m.features().size()).sum();
    }

    /** The library versions of this build: textlens's own and liblinear's. */
    static Map<String, String> libraries() {
        Map<String, String> m = new TreeMap<>();
        m.put("textlens", BuildVersion.current());
        String[] liblinear = Liblinear.VERSION.split(" ");
        m.put(liblinear[0], liblinear[1]);
        return m;
    }

    // ---- writing

    public byte[] toBytes() {
        StringBuilder s = new StringBuilder();
        line(s, MAGIC, Integer.toString(provenance.format()));
        line(s, "kind", provenance.kind());
        line(s, "data_sha256", provenance.dataSha256());
        provenance.libraries().forEach((k, v) -> line(s, "library", k, v));
        provenance.options().forEach((k, v) -> line(s, "option", k, v));
        provenance.metrics().forEach((k, v) -> line(s, "metric", k, v));
        line(s, "features", Integer.toString(featureCount()));
        parts.forEach((name, m) -> writePart(s, name, m));
        byte[] body = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("sha256\t" + DataDigest.of(body) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return all;
    }

    private static void writePart(StringBuilder s, String name, LinearModel m) {
        List<String> head = new ArrayList<>(List.of("part", name, m.task().name().toLowerCase(java.util.Locale.ROOT),
            Integer.toString(m.features().size())));
        head.addAll(m.labels());
        line(s, head.toArray(String[]::new));
        List<String> columns = new ArrayList<>(List.of("columns"));
        columns.addAll(m.columns());
        line(s, columns.toArray(String[]::new));
        int k = m.columns().size();
        s.append("bias");
        for (int c = 0; c < k; c++) {
            s.append('\t').append(Numbers.weight(m.bias(c)));
        }
        s.append('\n');
        for (int f = 0; f < m.features().size(); f++) {
            s.append("w\t").append(m.features().name(f));
            for (int c = 0; c < k; c++) {
                s.append('\t').append(Numbers.weight(m.weight(f, c)));
            }
            s.append('\n');
        }
        line(s, "end", name);
    }

    private static void line(StringBuilder s, String... fields) {
        s.append(String.join("\t", fields)).append('\n');
    }

    /** Writes the file atomically: to a temporary file beside {@code path}, then renamed over it. */
    public void write(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + path.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            Files.write(tmp, toBytes());
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---- reading

    /** Reads a model file for {@code kind}; any problem is a {@link ModelException}. */
    public static ModelFile read(Path path, String kind) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ModelException(path.toString(), "no such model file", "give a file made by 'textlens train " + kind + "'");
        } catch (IOException e) {
            throw new ModelException(path.toString(), "cannot read the model file: " + e.getMessage(), "check the path and its permissions");
        }
        return parse(bytes, path.toString(), kind);
    }

    /** Reads a model from a class-path resource (a shipped model). */
    public static ModelFile resource(String name, String kind) {
        try (InputStream in = ModelFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ModelException(name, "the shipped model is missing from the jar", "rebuild textlens");
            }
            return parse(in.readAllBytes(), name, kind);
        } catch (IOException e) {
            throw new ModelException(name, "cannot read the shipped model: " + e.getMessage(), "rebuild textlens");
        }
    }

    /** Parses model bytes; {@code source} names them in errors. */
    public static ModelFile parse(byte[] bytes, String source, String kind) {
        return new Parser(bytes, source, kind).parse();
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("a model name is non-empty and has no tabs or line breaks: '" + name + "'");
        }
    }

    /** Reads the lines of a model file, with the line number of any problem. */
    private static final class Parser {
        private final byte[] bytes;
        private final String source;
        private final String kind;
        private String[] lines;
        private int at;

        Parser(byte[] bytes, String source, String kind) {
            this.bytes = bytes;
            this.source = source;
            this.kind = kind;
        }

        ModelFile parse() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            lines = text.split("\n", -1);
            String[] first = lines[0].split("\t", -1);
            if (!first[0].equals(MAGIC) || first.length != 2) {
                throw new ModelException(source, "not a textlens model file", "give a file made by 'textlens train " + kind + "'");
            }
            int format;
            try {
                format = Integer.parseInt(first[1]);
            } catch (NumberFormatException e) {
                throw corrupt(1, "the format version is not a number");
            }
            if (format != FORMAT) {
                throw new ModelException(source, "model file format " + format + ", but this textlens reads format " + FORMAT,
                    "retrain it with this version: textlens train " + kind + " ... -o MODEL");
            }
            checkDigest(text);
            at = 1;
            String fileKind = expect("kind", 2)[1];
            if (!fileKind.equals(kind)) {
                throw new ModelException(source, "this is a " + fileKind + " model, not a " + kind + " model",
                    "use it with 'textlens " + fileKind + "', or train one with 'textlens train " + kind + "'");
            }
            String sha = expect("data_sha256", 2)[1];
            Map<String, String> libraries = pairs("library");
            Map<String, String> options = pairs("option");
            Map<String, String> metrics = pairs("metric");
            int features = integer(expect("features", 2)[1]);
            Map<String, LinearModel> parts = new LinkedHashMap<>();
            while (peek("part")) {
                int line = at + 1;
                String[] head = lines[at].split("\t", -1);
                LinearModel m = part();
                if (parts.put(head[1], m) != null) {
                    throw corrupt(line, "model '" + head[1] + "' appears twice");
                }
            }
            expect("sha256", 2);
            if (parts.isEmpty()) {
                throw corrupt(at, "the file holds no model");
            }
            ModelFile file = new ModelFile(new Provenance(format, fileKind, sha, options, libraries, metrics), parts);
            if (file.featureCount() != features) {
                throw corrupt(at, "the header counts " + features + " features but the models hold " + file.featureCount());
            }
            return file;
        }

        private void checkDigest(String text) {
            int tail = text.lastIndexOf("\nsha256\t");
            if (tail < 0 || !text.endsWith("\n")) {
                throw corrupt(lines.length, "the file is cut short (no checksum line at its end)");
            }
            byte[] body = text.substring(0, tail + 1).getBytes(StandardCharsets.UTF_8);
            String expected = text.substring(tail + "\nsha256\t".length(), text.length() - 1);
            if (!DataDigest.of(body).equals(expected)) {
                throw new ModelException(source, "corrupt model file: its checksum does not match its contents",
                    "the file was changed or damaged; train it again");
            }
        }

        private LinearModel part() {
            String[] head = expect("part", 5);
            int headLine = at;
            Task task;
            try {
                task = Task.valueOf(head[2].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw corrupt(headLine, "unknown model task '" + head[2] + "'");
            }
            int features = integer(head[3]);
            List<String> labels = List.of(head).subList(4, head.length);
            String[] columnFields = expect("columns", 2);
            List<String> columns = List.of(columnFields).subList(1, columnFields.length);
            int k = columns.size();
            String[] biasFields = expect("bias", k + 1);
            double[] bias = new double[k];
            for (int c = 0; c < k; c++) {
                bias[c] = number(biasFields[c + 1]);
            }
            String[] names = new String[features];
            double[] weights = new double[features * k];
            for (int f = 0; f < features; f++) {
                String[] w = expect("w", k + 2);
                names[f] = w[1];
                if (f > 0 && names[f - 1].compareTo(names[f]) >= 0) {
                    throw corrupt(at, "features are not in sorted order");
                }
                for (int c = 0; c < k; c++) {
                    weights[f * k + c] = number(w[c + 2]);
                }
            }
            String[] end = expect("end", 2);
            if (!end[1].equals(head[1])) {
                throw corrupt(at, "model '" + head[1] + "' ends as '" + end[1] + "'");
            }
            return new LinearModel(task, labels, columns, FeatureIndex.of(List.of(names)), weights, bias);
        }

        private Map<String, String> pairs(String key) {
            Map<String, String> m = new TreeMap<>();
            while (peek(key)) {
                String[] f = expect(key, 3);
                m.put(f[1], f[2]);
            }
            return m;
        }

        private boolean peek(String key) {
            return at < lines.length && lines[at].startsWith(key + "\t");
        }

        /** The next line's fields; it must start with {@code key} and have {@code fields} fields (at least, for a list). */
        private String[] expect(String key, int fields) {
            if (at >= lines.length) {
                throw corrupt(at, "the file ends early, where '" + key + "' was expected");
            }
            String[] f = lines[at].split("\t", -1);
            at++;
            boolean list = key.equals("part") || key.equals("columns");
            if (!f[0].equals(key) || (list ? f.length < fields : f.length != fields)) {
                throw corrupt(at, "expected a '" + key + "' line with " + (list ? "at least " : "") + fields + " fields");
            }
            return f;
        }

        private int integer(String s) {
            try {
                int n = Integer.parseInt(s);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw corrupt(at, "'" + s + "' is not a count");
            }
        }

        private double number(String s) {
            try {
                double d = Double.parseDouble(s);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw corrupt(at, "'" + s + "' is not a weight");
            }
        }

        private ModelException corrupt(int line, String what) {
            return new ModelException(source + ":" + line, "corrupt model file: " + what, "train it again");
        }
    }
}
