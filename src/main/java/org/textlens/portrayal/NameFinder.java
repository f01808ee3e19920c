package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.textlens.attribution.Mention;
import org.textlens.attribution.Names;
import org.textlens.attribution.PersonIndex;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * The targets found without being asked for: every person the text names, as {@code attribution}
 * finds them (full names, titled surnames, surnames of people named before, and "he", "she",
 * "him", "her" where the last person named is unambiguous), and every organisation or other actor
 * written as a proper name: capitalised runs and acronyms that are not a person, a title, a
 * month or a day, or a nationality word ("the State Department", "NATO", "Moscow").
 */
final class NameFinder {
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "for", "despite", "after", "before", "but",
        "and", "however", "meanwhile", "when", "while", "as", "with", "by", "from", "over", "under", "since", "during", "if",
        "although", "though", "yet", "so", "then", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "my",
        "according", "also", "still", "now", "today", "yesterday", "last", "next", "earlier", "later", "i", "we", "they", "you",
        "he", "she", "there", "here", "what", "why", "how", "who", "where", "all", "some", "many", "most", "both", "each", "every",
        "no", "not", "one", "two", "three", "mr", "mrs", "ms", "dr", "source", "read", "more", "related", "photo", "image", "video");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Nationality and direction words that name no actor of their own ("Ukrainian nationalists", "Western countries"). */
    private static final Set<String> ADJECTIVES = Set.of("american", "german", "french", "dutch", "greek", "thai", "arab", "israeli",
        "iraqi", "pakistani", "afghan", "mexican", "cuban", "swiss", "welsh", "scots", "kurdish", "western", "eastern", "northern",
        "southern", "soviet", "european", "african", "asian", "christian", "muslim", "jewish", "catholic", "islamic");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de");

    private final Names names = Names.english();

    /** Every target of {@code doc} in text order. */
    List<Target> find(AnnotatedDocument doc, PersonIndex people) {
        List<Target> found = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        String text = doc.doc().text();
        for (PersonIndex.Person p : people.people()) {
            String written = Mentions.bare(slice(doc, p.start(), p.end()));
            Mention canonical = p.canonical();
            found.add(new Target(p.start(), p.start() + written.codePointCount(0, written.length()), written,
                Mentions.bare(canonical.text())));
            for (int i = p.start(); i < p.end(); i++) {
                taken.add(i);
            }
        }
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            for (Token t : tokens) {
                if (t.kind() == TokenKind.WORD && Mentions.isPronoun(t.text())) {
                    people.resolve(t.start()).ifPresent(m -> found.add(new Target(t.start(), t.end(), t.text(), Mentions.bare(m.text()))));
                }
            }
            organisations(tokens, taken, found);
        }
        found.sort(Comparator.comparingInt(Target::start).thenComparingInt(Target::end));
        return found;
    }

    /** Capitalised runs that are not people: organisations, places that act, groups. */
    private void organisations(List<Token> tokens, Set<Integer> taken, List<Target> found) {
        int first = firstWord(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i)) || taken.contains(tokens.get(i).start())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && !taken.contains(tokens.get(j + 1).start()) && Mentions.possessive(tokens.get(j).text()) == 0
                && (isNameWord(tokens.get(j + 1)) || j + 2 < tokens.size() && CONNECTORS.contains(lower(tokens.get(j + 1)))
                    && isNameWord(tokens.get(j + 2)) && !taken.contains(tokens.get(j + 2).start()))) {
                j += isNameWord(tokens.get(j + 1)) ? 1 : 2;
            }
            organisation(tokens, i, j, first).ifPresent(found::add);
            i = j + 1;
        }
    }

    private Optional<Target> organisation(List<Token> tokens, int from, int to, int first) {
        while (from <= to && (from == first || tokens.get(from - 1).kind() == TokenKind.PUNCT) && OPENERS.contains(lower(tokens.get(from)))) {
            from++;
        }
        if (from > to) {
            return Optional.empty();
        }
        for (int k = from; k <= to; k++) {
            String w = Mentions.bare(lower(tokens.get(k)));
            if (names.isTitle(w) || CALENDAR.contains(w) && from == to) {
                return Optional.empty(); // a role ("Ukrainian President") or a date, not an actor
            }
        }
        Token head = tokens.get(from);
        String word = Mentions.bare(head.text());
        if (from == to) {
            String w = word.toLowerCase(Locale.ROOT);
            if (from == first && !isAcronym(word) || ADJECTIVES.contains(w) || isNationality(w) || word.length() < 2
                || tokens.get(from).text().contains("-") && !isAcronym(word)) {
                return Optional.empty();
            }
        }
        Token last = tokens.get(to);
        int cut = Mentions.possessive(last.text());
        int end = last.end() - cut;
        StringBuilder written = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                written.append(' ');
            }
            written.append(k == to ? Mentions.bare(tokens.get(k).text()) : tokens.get(k).text());
        }
        String name = written.toString();
        return Optional.of(new Target(head.start(), end, name, name));
    }

    private static boolean isNameWord(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        int c = t.text().codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && t.text().chars().anyMatch(Character::isUpperCase);
    }

    /** "NATO", "US", "G7", "U.S.". */
    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 1 && word.length() >= 2;
    }

    /** "Ukrainian", "Chinese", "British", "Kenyan" name people of a country, not an actor. */
    private static boolean isNationality(String lower) {
        return lower.endsWith("ian") || lower.endsWith("ians") || lower.endsWith("ese") || lower.endsWith("ish") && !lower.equals("parish")
            || lower.endsWith("ean") || lower.endsWith("eans");
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.WORD) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(Token t) {
        return t.norm().toLowerCase(Locale.ROOT);
    }

    private static String slice(AnnotatedDocument doc, int start, int end) {
        return doc.text(new org.textlens.nlp.Span(start, end));
    }
}
