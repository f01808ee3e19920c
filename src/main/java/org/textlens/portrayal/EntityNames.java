package org.textlens.portrayal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textlens.corpus.InputException;
import org.textlens.lexicon.TsvEntries;

/**
 * An entity a user asks about, with the names it goes by: {@code --target NAME} (the name alone) or
 * a line of {@code --targets FILE} (entity, then aliases, tab-separated).
 */
public record EntityNames(String entity, List<String> aliases) {
    public EntityNames {
        aliases = List.copyOf(aliases);
    }

    /** The entity's name and its aliases, the name first, each once. */
    public List<String> names() {
        Set<String> all = new LinkedHashSet<>();
        all.add(entity);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** {@code --target NAME}: the name stands for itself. */
    public static EntityNames of(String name) {
        return new EntityNames(name.strip(), List.of());
    }

    /**
     * Reads a targets file: one entity per line, its name first, then its aliases, tab-separated;
     * {@code #} starts a comment. A line without a name, an empty alias, or a name claimed by two
     * entities fails with file and line.
     */
    public static List<EntityNames> readFile(Path file) {
        List<EntityNames> out = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (TsvEntries.Entry e : TsvEntries.readFile(file)) {
            List<String> fields = new ArrayList<>();
            for (String f : e.fields()) {
                fields.add(f.strip());
            }
            if (fields.isEmpty() || fields.get(0).isEmpty()) {
                throw e.error("the entity name is empty", "write the entity's name, then its aliases, separated by tabs");
            }
            for (int i = 1; i < fields.size(); i++) {
                if (fields.get(i).isEmpty()) {
                    throw e.error("alias " + i + " is empty", "separate the names with single tabs and leave no empty field");
                }
            }
            EntityNames names = new EntityNames(fields.get(0), fields.subList(1, fields.size()));
            for (String n : names.names()) {
                String before = owner.putIfAbsent(n, names.entity());
                if (before != null && !before.equals(names.entity())) {
                    throw e.error("'" + n + "' is already a name of '" + before + "'", "give each name to one entity only");
                }
            }
            out.add(names);
        }
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "no targets in the file", "write one entity per line: name, then aliases, tab-separated");
        }
        return out;
    }
}
