package org.textlens.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.textlens.lexicon.TsvEntries;

/** Titles, organisation words and place openers that shape names of people and organisations; built in, immutable. */
public final class Names {
    private static final Names ENGLISH = load();

    private final Set<String> titles;
    private final Set<String> organisations;
    private final Set<String> places;

    private Names(Set<String> titles, Set<String> organisations, Set<String> places) {
        this.titles = titles;
        this.organisations = organisations;
        this.places = places;
    }

    public static Names english() {
        return ENGLISH;
    }

    private static Names load() {
        Set<String> titles = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(Names.class, "names-en.tsv")) {
            Set<String> target = switch (e.field(0)) {
                case "title" -> titles;
                case "organisation" -> organisations;
                case "place" -> places;
                default -> throw new IllegalStateException("names-en.tsv:" + e.line() + ": unknown kind " + e.field(0));
            };
            target.add(e.field(1));
        }
        return new Names(Set.copyOf(titles), Set.copyOf(organisations), Set.copyOf(places));
    }

    /** A lower-cased word without a possessive ending. */
    static String bare(String lower) {
        String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    public boolean isTitle(String lower) {
        return titles.contains(bare(lower));
    }

    public boolean isOrganisation(String lower) {
        return organisations.contains(bare(lower));
    }

    public boolean isPlaceOpener(String lower) {
        return places.contains(bare(lower));
    }

    /**
     * Where the name proper starts in {@code w[from..to]}: after the last title word ("Defense
     * Minister Aleksey Reznikov"), and after "of X" following it ("Secretary of State Antony
     * Blinken"); -1 when only titles remain.
     */
    int nameStart(Words w, int from, int to) {
        int start = from;
        if (from >= 2 && w.is(from - 1, "of") && isTitle(w.lower[from - 2]) && from < to) {
            start = from + 1; // "Secretary of | State Antony Blinken"
        }
        for (int i = from; i <= to; i++) {
            if (isTitle(w.lower[i])) {
                start = i + 1;
            }
        }
        if (start > from && start <= to && w.is(start, "of")) {
            start += 2;
        }
        while (start <= to && (w.is(start, "the") || w.kind[start] != org.textlens.nlp.TokenKind.WORD)) {
            start++;
        }
        return start <= to ? start : -1;
    }

    /**
     * Whether the capitalised words {@code w[from..to]} (titles already removed) read as a
     * person's full name: two to four words in mixed case, no organisation word, no place opener.
     */
    boolean looksLikeFullName(Words w, int from, int to) {
        int words = 0;
        for (int i = from; i <= to; i++) {
            if (w.kind[i] != org.textlens.nlp.TokenKind.WORD) {
                return false;
            }
            if (isConnector(w.lower[i])) {
                continue;
            }
            if (!mixedCase(w.text[i]) || isOrganisation(w.lower[i])) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 4 && !isPlaceOpener(w.lower[from]);
    }

    /** A single capitalised word that may be a person's surname (not an organisation or month). */
    boolean mayBeSurname(String text) {
        return mixedCase(text) && !isOrganisation(text.toLowerCase(Locale.ROOT)) && !isTitle(text.toLowerCase(Locale.ROOT));
    }

    public static boolean isConnector(String lower) {
        return lower.equals("de") || lower.equals("van") || lower.equals("von") || lower.equals("al") || lower.equals("bin")
            || lower.equals("der") || lower.equals("da") || lower.equals("di") || lower.equals("la") || lower.equals("le");
    }

    private static boolean mixedCase(String word) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
