package org.textlens.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows to bytes and back, for rows held on disk while a sorted output waits for its last input. A
 * row prepared as its output line ({@link RowWriter#preparer}) keeps its bytes; any other row
 * keeps its values (text, whole numbers, decimals, booleans, optionals of these), so a writer
 * given the row read back writes exactly what it would have written for the original.
 */
public final class RowCodec {
    private static final int RENDERED = 1;
    private static final int VALUES = 2;

    private RowCodec() {
    }

    /** About how many bytes a row takes in memory, for a memory budget. */
    public static long size(Row row) {
        if (row instanceof RenderedRow r) {
            return 48L + r.utf8().length;
        }
        long n = 64;
        for (Object v : row.values()) {
            n += 24 + (v instanceof String s ? 40 + 2L * s.length() : v instanceof Optional<?> o && o.isPresent() && o.get() instanceof String s
                ? 56 + 2L * s.length() : 16);
        }
        return n;
    }

    public static void write(DataOutputStream out, Row row) throws IOException {
        if (row instanceof RenderedRow r) {
            out.writeByte(RENDERED);
            out.writeByte(r.format().ordinal());
            out.writeInt(r.utf8().length);
            out.write(r.utf8());
            return;
        }
        List<Object> values = row.values();
        out.writeByte(VALUES);
        out.writeInt(values.size());
        for (Object v : values) {
            writeValue(out, v);
        }
    }

    public static Row read(DataInputStream in) throws IOException {
        int kind = in.readByte();
        if (kind == RENDERED) {
            OutputFormat format = OutputFormat.values()[in.readByte()];
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new RenderedRow(format, utf8);
        }
        int n = in.readInt();
        List<Object> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(readValue(in));
        }
        return new StoredRow(values);
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v instanceof Optional<?> o) {
            if (o.isEmpty()) {
                out.writeByte('o');
            } else {
                out.writeByte('O');
                writeValue(out, o.get());
            }
        } else if (v instanceof String s) {
            out.writeByte('S');
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (v instanceof Integer i) {
            out.writeByte('I');
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte('L');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte('B');
            out.writeBoolean(b);
        } else if (v == null) {
            out.writeByte('N');
        } else {
            throw new IllegalArgumentException("a row value of " + v.getClass().getSimpleName() + " cannot be stored");
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 'o' -> Optional.empty();
            case 'O' -> Optional.of(readValue(in));
            case 'S' -> {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                yield new String(b, StandardCharsets.UTF_8);
            }
            case 'I' -> in.readInt();
            case 'L' -> in.readLong();
            case 'D' -> in.readDouble();
            case 'B' -> in.readBoolean();
            case 'N' -> null;
            default -> throw new IOException("malformed stored row (tag " + tag + ")");
        };
    }

    /** A row read back from disk: its values as they were. */
    private record StoredRow(List<Object> values) implements Row {
    }
}
