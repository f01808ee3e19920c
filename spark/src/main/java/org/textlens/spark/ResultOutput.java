package org.textlens.spark;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;
import org.textlens.output.Column;
import org.textlens.output.OutputException;
import org.textlens.output.OutputFormat;
import org.textlens.output.Row;
import org.textlens.output.RowWriter;
import org.textlens.output.RunInfo;
import org.textlens.output.Schema;

/**
 * Writes result rows into the output folder, one part file per partition in the rows' order:
 * CSV, TSV and JSON Lines are formatted by the CLI's own writers, with the header only in the first
 * part, so {@code cat PATH/part-*} is byte for byte what the CLI writes; Parquet has typed columns
 * (integers, doubles at full precision, text) named as the CLI's columns. The folder is written
 * under a hidden temporary name and renamed into place when the job succeeds, so, as with the
 * CLI's {@code -o}, a failed run never leaves a half-written result and an old one survives it.
 */
final class ResultOutput {
    /** Turns the items of one partition into result rows, pushed to {@code out}. */
    interface RowSource<T> extends Serializable {
        void forEach(Iterator<T> partition, Consumer<Row> out);
    }

    static final String METADATA = "_textlens.json";
    private static final RunInfo NO_INFO = new RunInfo("", "", Map.of()); // only the JSON envelope uses it

    private final SparkSession spark;
    private final HadoopConf conf;
    private final Path output;
    private final JobOptions.OutputKind kind;
    private final Path temporary;

    ResultOutput(SparkSession spark, HadoopConf conf, String output, JobOptions.OutputKind kind) {
        this.spark = spark;
        this.conf = conf;
        this.output = new Path(output);
        this.kind = kind;
        this.temporary = new Path(this.output.getParent(), "." + this.output.getName() + ".textlens-" + UUID.randomUUID());
    }

    /** Writes the rows and returns how many there are. */
    <T> long write(JavaRDD<T> items, RowSource<T> rows, Schema schema) throws IOException {
        if (kind == JobOptions.OutputKind.PARQUET) {
            return writeParquet(items, rows, schema);
        }
        OutputFormat format = OutputFormat.valueOf(kind.name());
        String dir = temporary.toString();
        String extension = kind.extension;
        HadoopConf hadoop = conf;
        List<Long> counts = items.mapPartitionsWithIndex((index, partition) -> {
            Path file = new Path(dir, String.format("part-%05d.%s", index, extension));
            long[] n = {0};
            try (FSDataOutputStream stream = file.getFileSystem(hadoop.get()).create(file, true)) {
                // a part after the first leaves out the header; an empty part stays empty
                OutputStream out = index == 0 || format == OutputFormat.JSONL ? stream : new WithoutFirstLine(stream);
                RowWriter[] writer = {null};
                rows.forEach(partition, row -> {
                    try {
                        if (writer[0] == null) {
                            writer[0] = RowWriter.open(format, out, schema, NO_INFO);
                        }
                        writer[0].write(row);
                    } catch (IOException e) {
                        throw new OutputException(e);
                    }
                    n[0]++;
                });
                if (writer[0] != null) {
                    writer[0].close();
                }
            }
            return List.of(n[0]).iterator();
        }, true).collect();
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) { // what the CLI writes for no rows (the header of a CSV)
            Path file = new Path(dir, "part-00000." + extension);
            try (FSDataOutputStream stream = file.getFileSystem(conf.get()).create(file, true)) {
                RowWriter.open(format, stream, schema, NO_INFO).close();
            }
        }
        return total;
    }

    /** Writes small files made on the driver (the report's figures) into the folder, by name. */
    void writeFiles(Map<String, String> files) throws IOException {
        FileSystem fs = temporary.getFileSystem(conf.get());
        fs.mkdirs(temporary);
        for (Map.Entry<String, String> f : files.entrySet()) {
            try (FSDataOutputStream out = fs.create(new Path(temporary, f.getKey()), true)) {
                out.write(f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private <T> long writeParquet(JavaRDD<T> items, RowSource<T> rows, Schema schema) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : schema.columns()) {
            DataType type = switch (c.kind()) {
                case TEXT -> DataTypes.StringType;
                case INTEGER -> DataTypes.LongType;
                case DECIMAL, SCIENTIFIC -> DataTypes.DoubleType;
                case BOOLEAN -> DataTypes.BooleanType;
            };
            fields.add(DataTypes.createStructField(c.name(), type, true));
        }
        LongAccumulator count = spark.sparkContext().longAccumulator("rows");
        JavaRDD<org.apache.spark.sql.Row> typed = items.mapPartitions(partition -> {
            List<org.apache.spark.sql.Row> out = new ArrayList<>();
            rows.forEach(partition, row -> out.add(typed(schema, row)));
            count.add(out.size());
            return out.iterator();
        });
        spark.createDataFrame(typed, DataTypes.createStructType(fields)).write().parquet(temporary.toString());
        return count.value();
    }

    private static org.apache.spark.sql.Row typed(Schema schema, Row row) {
        List<Object> values = row.values();
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = values.get(i);
            if (v instanceof Optional<?> o) {
                v = o.orElse(null);
            } else if (v instanceof OptionalDouble d) {
                v = d.isPresent() ? d.getAsDouble() : null;
            }
            out[i] = v == null ? null : switch (schema.columns().get(i).kind()) {
                case TEXT -> String.valueOf(v);
                case INTEGER -> ((Number) v).longValue();
                case DECIMAL, SCIENTIFIC -> ((Number) v).doubleValue();
                case BOOLEAN -> (Boolean) v;
            };
        }
        return RowFactory.create(out);
    }

    /**
     * Adds the run's description next to the rows ({@value #METADATA}, in the shape of the CLI's
     * JSON envelope without results) and moves the folder into place.
     */
    void commit(Map<String, Object> metadata) throws IOException {
        FileSystem fs = output.getFileSystem(conf.get());
        fs.mkdirs(temporary);
        try (FSDataOutputStream out = fs.create(new Path(temporary, METADATA), true)) {
            RowWriter.writeJson(out, metadata);
        }
        fs.create(new Path(temporary, "_SUCCESS"), true).close();
        if (fs.exists(output) && !fs.delete(output, true)) {
            throw new IOException("cannot replace " + output);
        }
        if (!fs.rename(temporary, output)) {
            throw new IOException("cannot rename " + temporary + " to " + output);
        }
    }

    /** Removes what a failed run wrote. */
    void abandon() {
        try {
            FileSystem fs = temporary.getFileSystem(conf.get());
            fs.delete(temporary, true);
        } catch (IOException e) {
            // nothing more to do: the folder is hidden and named as temporary
        }
    }

    /** Drops everything up to and including the first line feed: the header of parts after the first. */
    private static final class WithoutFirstLine extends FilterOutputStream {
        private boolean skipping = true;

        WithoutFirstLine(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (skipping) {
                skipping = b != '\n';
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int from = off;
            while (skipping && from < off + len) {
                skipping = b[from++] != '\n';
            }
            if (from < off + len) {
                out.write(b, from, off + len - from);
            }
        }
    }
}
