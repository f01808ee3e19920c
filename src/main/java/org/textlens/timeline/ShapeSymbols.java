package org.textlens.timeline;

import java.util.EnumMap;
import java.util.Map;

/** The symbol sets of number-shaped tokens, built once so that scanning allocates little. */
final class ShapeSymbols {
    private final Map<Shape, Integer> ids = new EnumMap<>(Shape.class);
    private final int[][] numbers = new int[8][];
    private final int[] clock;
    private final int[] numericDate;
    private final int[] decade;
    private final int[] ampmTime;
    private final int[] ordinal;
    private final int[] ordinalDay;

    ShapeSymbols(Symbols symbols) {
        for (Shape s : Shape.values()) {
            ids.put(s, symbols.id(s.name()));
        }
        for (int mask = 0; mask < numbers.length; mask++) {
            numbers[mask] = numberSymbols((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);
        }
        clock = new int[] {id(Shape.CLOCK)};
        numericDate = new int[] {id(Shape.NUMDATE)};
        decade = new int[] {id(Shape.DECADE)};
        ampmTime = new int[] {id(Shape.AMPMTIME)};
        ordinal = new int[] {id(Shape.ORD)};
        ordinalDay = new int[] {id(Shape.ORD), id(Shape.DAYNUM)};
    }

    int id(Shape shape) {
        return ids.get(shape);
    }

    private int[] numberSymbols(boolean year, boolean day, boolean small) {
        int[] out = new int[2 + (year ? 1 : 0) + (day ? 1 : 0)];
        int k = 0;
        out[k++] = id(Shape.DIGITS);
        out[k++] = id(Shape.NUM);
        if (year) {
            out[k++] = id(Shape.YEAR);
        }
        if (day) {
            out[k] = id(Shape.DAYNUM);
        }
        return out;
    }

    /** Symbols of a number in digits; {@code literal} adds the symbols of the digits as a word. */
    int[] number(long value, int length, WordEntry literal) {
        boolean year = length == 4 && value >= 1000 && value <= 2199;
        boolean day = length <= 2 && value >= 1 && value <= 31;
        int[] base = numbers[(year ? 1 : 0) | (day ? 2 : 0)];
        if (literal == null) {
            return base;
        }
        int[] out = java.util.Arrays.copyOf(base, base.length + literal.symbols().length);
        System.arraycopy(literal.symbols(), 0, out, base.length, literal.symbols().length);
        return out;
    }

    int[] clock() {
        return clock;
    }

    int[] numericDate() {
        return numericDate;
    }

    int[] decade() {
        return decade;
    }

    int[] ampmTime() {
        return ampmTime;
    }

    int[] ordinal(long value) {
        return value >= 1 && value <= 31 ? ordinalDay : ordinal;
    }
}
