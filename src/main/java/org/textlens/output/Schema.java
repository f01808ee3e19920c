package org.textlens.output;

import java.util.List;

/** The fixed, documented column list of one kind of result row; serialisable, so that distributed writers can carry it. */
public record Schema(List<Column> columns) implements java.io.Serializable {
    public Schema {
        columns = List.copyOf(columns);
    }

    public static Schema of(Column... columns) {
        return new Schema(List.of(columns));
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
