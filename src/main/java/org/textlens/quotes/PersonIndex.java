package org.textlens.quotes;

import java.util.ArrayList;
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
final class PersonIndex {
    /** A person named in the text: the words as written and the canonical full name's mention. */
    record Person(int sentence, int start, int end, String surname, Mention canonical) {
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "in", "on", "at", "for", "despite", "after",
        "before", "but", "and", "however", "meanwhile", "when", "while", "as", "with", "by", "from", "over", "under", "since",
        "during", "if", "although", "though", "yet", "so", "then", "this", "that", "these", "those", "it", "he", "she", "they",
        "we", "i", "its", "his", "her", "their", "our", "my", "according", "also", "still", "now", "today", "yesterday", "last",
        "next", "earlier", "later", "asked", "speaking", "dear", "mr", "mrs", "ms");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "of", "in", "from", "near", "to");

    private final List<Person> people = new ArrayList<>();
    private final Names names = Names.english();

    PersonIndex(DocumentContext ctx, List<Mention> namedSpeakers) {
        List<Person> full = new ArrayList<>();
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
        for (Mention m : namedSpeakers) {
            if (m.kind() == Mention.Kind.NAME && !m.text().contains(" ") && names.mayBeSurname(m.text())
                && people.stream().noneMatch(p -> p.start() == m.start())) {
                people.add(new Person(ctx.sentenceAt(m.start()), m.start(), m.end(), surname(m.text()), canonical(m, full)));
            }
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private void add(DocumentContext ctx, Words w, int sentence, int from, int to, List<Person> full) {
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
            full.add(p);
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
    private static Mention canonical(Mention m, List<Person> full) {
        String surname = surname(m.text());
        Mention best = m;
        for (Person p : full) {
            if (p.start() > m.start()) {
                break;
            }
            if (p.surname().equals(surname)) {
                best = p.canonical();
            }
        }
        return best;
    }

    /** The canonical form of a named speaker: "Miller" → "Matthew Miller" when the text named him so before. */
    Mention canonical(Mention m) {
        if (m.kind() != Mention.Kind.NAME) {
            return m;
        }
        for (Person p : people) {
            if (p.start() == m.start() && p.end() == m.end()) {
                return p.canonical();
            }
            if (p.start() <= m.start() && m.end() <= p.end()) {
                return p.canonical(); // a name found with less of the title around it
            }
        }
        return m;
    }

    /** The person "he" or "she" at {@code at} refers to, if the text makes that unambiguous. */
    Optional<Mention> resolve(int at) {
        Person last = null;
        for (Person p : people) {
            if (p.end() > at) {
                break;
            }
            last = p;
        }
        if (last == null) {
            return Optional.empty();
        }
        for (Person p : people) {
            if (p.sentence() == last.sentence() && !p.canonical().text().equals(last.canonical().text())) {
                return Optional.empty();
            }
        }
        return Optional.of(last.canonical());
    }
}
