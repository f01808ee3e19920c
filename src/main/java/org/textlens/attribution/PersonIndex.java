package org.textlens.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.textlens.nlp.TokenKind;

/**
 * The people a document names, in text order, found from capitalisation alone (no tagging): full
 * names ("Victoria Nuland", "Defense Minister Aleksey Reznikov" → "Aleksey Reznikov"), names after a
 * title ("President Zelensky"), and surnames of people already named in full ("Nuland").
 *
 * <p>It gives speakers one canonical name (a surname resolves to the latest full name before it
 * that ends with it) and resolves "he" and "she" to the person named last before the pronoun. The
 * rule is gender-agnostic; it refuses (returns nothing) when the sentence of that last mention names
 * a second, different person, since the pronoun could then be either.
 */
public final class PersonIndex {
    /** A person named in the text: the words as written and the canonical full name's mention. */
    public record Person(int sentence, int start, int end, String surname, Mention canonical) {
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "in", "on", "at", "for", "despite", "after",
        "before", "but", "and", "however", "meanwhile", "when", "while", "as", "with", "by", "from", "over", "under", "since",
        "during", "if", "although", "though", "yet", "so", "then", "this", "that", "these", "those", "it", "he", "she", "they",
        "we", "i", "its", "his", "her", "their", "our", "my", "according", "also", "still", "now", "today", "yesterday", "last",
        "next", "earlier", "later", "asked", "speaking", "dear", "mr", "mrs", "ms");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "of", "in", "from", "near", "to");

    private final List<Person> people = new ArrayList<>();
    private final Map<Integer, Set<String>> namesBySentence = new HashMap<>();
    private final Names names = Names.english();

    PersonIndex(DocumentContext ctx, List<Mention> namedSpeakers) {
        Map<String, List<Person>> full = new HashMap<>();
        for (int s = 0; s < ctx.sentences.size(); s++) {
            Words w = ctx.words(s);
            int i = 0;
            while (i < w.n) {
                if (!w.capitalised(i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < w.n && (w.capitalised(j + 1) || j + 2 < w.n && Names.isConnector(w.lower[j + 1]) && w.capitalised(j + 2))) {
                    j++;
                }
                add(ctx, w, s, i, j, full);
                i = j + 1;
            }
        }
        Set<Integer> starts = new HashSet<>();
        for (Person p : people) {
            starts.add(p.start());
        }
        for (Mention m : namedSpeakers) {
            if (m.kind() == Mention.Kind.NAME && !m.text().contains(" ") && names.mayBeSurname(m.text()) && starts.add(m.start())) {
                people.add(new Person(ctx.sentenceAt(m.start()), m.start(), m.end(), surname(m.text()), canonical(m, full)));
            }
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Person p : people) {
            namesBySentence.computeIfAbsent(p.sentence(), k -> new HashSet<>()).add(p.canonical().text());
        }
    }

    private void add(DocumentContext ctx, Words w, int sentence, int from, int to, Map<String, List<Person>> full) {
        int first = SpeakerFinder.firstWord(w);
        if (from == first && SENTENCE_OPENERS.contains(w.lower[from])) {
            from++;
        }
        if (from > to) {
            return;
        }
        int start = names.nameStart(w, from, to);
        if (start < 0) {
            return;
        }
        boolean titled = start > from;
        if (!titled && from > 0 && PLACE_PREPOSITIONS.contains(w.lower[from - 1])) {
            return; // "economist at Harrow Capital", "in New Carlow": an organisation or a place
        }
        Mention m = new Mention(ctx.text.slice(w.start[start], w.end[to]), w.start[start], w.end[to], Mention.Kind.NAME);
        if (names.looksLikeFullName(w, start, to)) {
            Person p = new Person(sentence, m.start(), m.end(), Names.bare(w.lower[to]), m);
            full.computeIfAbsent(p.surname(), k -> new ArrayList<>()).add(p);
            people.add(p);
        } else if (start == to && w.kind[to] == TokenKind.WORD && names.mayBeSurname(w.text[to])) {
            String surname = Names.bare(w.lower[to]);
            Mention canonical = canonical(m, full);
            if (titled || canonical != m) {
                people.add(new Person(sentence, m.start(), m.end(), surname, canonical));
            }
        }
    }

    private static String surname(String name) {
        return Names.bare(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The latest full name before {@code m} ending with its surname, or {@code m} itself. */
    private static Mention canonical(Mention m, Map<String, List<Person>> full) {
        List<Person> same = full.getOrDefault(surname(m.text()), List.of());
        int i = lastStartingBy(same, m.start());
        return i >= 0 ? same.get(i).canonical() : m;
    }

    /** The index of the last of {@code sorted} (by start) starting at or before {@code at}, or -1. */
    private static int lastStartingBy(List<Person> sorted, int at) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The people named, in text order: every mention of a person, with the canonical full name it refers to. */
    public List<Person> people() {
        return java.util.Collections.unmodifiableList(people);
    }

    /** The canonical form of a named speaker: "Miller" → "Matthew Miller" when the text named him so before. */
    public Mention canonical(Mention m) {
        if (m.kind() != Mention.Kind.NAME) {
            return m;
        }
        int i = lastStartingBy(people, m.start());
        // the same mention, or one found with less of the title around it
        return i >= 0 && m.end() <= people.get(i).end() ? people.get(i).canonical() : m;
    }

    /** The person "he" or "she" at {@code at} refers to, if the text makes that unambiguous. */
    public Optional<Mention> resolve(int at) {
        int i = lastStartingBy(people, at);
        while (i >= 0 && people.get(i).end() > at) {
            i--;
        }
        if (i < 0) {
            return Optional.empty();
        }
        Person last = people.get(i);
        return namesBySentence.get(last.sentence()).size() > 1 ? Optional.empty() : Optional.of(last.canonical());
    }

}
