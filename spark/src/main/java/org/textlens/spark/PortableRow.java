package org.textlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.textlens.output.Row;

/**
 * A result row as plain serialisable values, for rows that travel through a shuffle (the sorted
 * timeline, hits kept by {@code --skip-repeats}): a missing value is held as null and given back as
 * {@link Optional#empty()}, so the CLI's writers format it exactly as they format the original row.
 */
record PortableRow(Object[] cells) implements Row, Serializable {

    static PortableRow of(Row row) {
        List<Object> values = row.values();
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = plain(values.get(i));
        }
        return new PortableRow(cells);
    }

    private static Object plain(Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(PortableRow::plain).orElse(null);
        }
        if (v instanceof OptionalDouble d) {
            return d.isPresent() ? d.getAsDouble() : null;
        }
        if (v instanceof OptionalLong l) {
            return l.isPresent() ? l.getAsLong() : null;
        }
        if (v instanceof OptionalInt n) {
            return n.isPresent() ? n.getAsInt() : null;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    @Override
    public List<Object> values() {
        List<Object> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c == null ? Optional.empty() : c);
        }
        return out;
    }
}
