package org.textlens.loaded;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of loaded wording the built-in lexicon knows. Each has a built-in file of the same
 * name ({@code builtin/NAME.tsv}); entries imported from a {@code .dic} file may carry other names.
 */
public enum Category {
    LABEL("label"),
    CONTESTED_NAME("contested-name"),
    EMOTIVE("emotive"),
    EXAGGERATION("exaggeration"),
    DOUBT("doubt"),
    STANCE_VERB("stance-verb"),
    PRESUPPOSITION("presupposition"),
    EUPHEMISM("euphemism"),
    FEAR("fear");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The name used in lexicon files, output and {@code --categories}. */
    public String id() {
        return id;
    }

    /**
     * Whether words of this category carry their load onto the phrase around them (a modifier, the
     * noun they modify, an intensifier): label, emotive and fear, the loaded-language categories.
     */
    static boolean isPhrasal(String id) {
        return id.equals(LABEL.id) || id.equals(EMOTIVE.id) || id.equals(FEAR.id);
    }

    public static Optional<Category> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Category::id).toList();
    }
}
