package org.textlens.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names patterns match on, numbered once: word classes ({@code MONTH}), token shapes
 * ({@code YEAR}) and literal words or punctuation ({@code =ago}, {@code =,}). Built while the
 * resources load, read-only afterwards.
 */
final class Symbols {
    static final String LITERAL = "=";

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
        return ids.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    int literal(String word) {
        return id(LITERAL + word);
    }

    /** The id of {@code name}, or -1 when no pattern or word uses it. */
    int find(String name) {
        return ids.getOrDefault(name, -1);
    }

    String name(int id) {
        return names.get(id);
    }
}
