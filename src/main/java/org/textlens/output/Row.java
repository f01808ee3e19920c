package org.textlens.output;

import java.util.List;

/**
 * A result row: its values in the order of its schema's columns. A value may be
 * {@link java.util.Optional#empty()} for "no value" (an empty CSV field, JSON null).
 */
public interface Row {
    List<Object> values();
}
