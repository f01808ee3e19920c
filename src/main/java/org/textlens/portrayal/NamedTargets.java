package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.textlens.attribution.PersonIndex;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.Token;
import org.textlens.nlp.TokenKind;

/**
 * Targets a user names ({@code --target}, {@code --targets}): every place where one of an entity's
 * names stands as whole words, case as written ("Nuland's" counts as "Nuland"); the surname of a
 * name of two or more words once that name has been written in the document (as {@code quotes}
 * resolves speakers); and "he", "she", "him", "her" where they resolve to a person named by one
 * of the entity's names. Immutable; thread-safe.
 */
final class NamedTargets {
    private record Name(String entity, boolean surnameOnly) {
    }

    private final PhraseMatcher<Name> names;
    private final Map<String, String> entityOf = new HashMap<>();

    NamedTargets(List<EntityNames> entities) {
        PhraseMatcher.Builder<Name> b = PhraseMatcher.builder();
        Map<String, Name> surnames = new HashMap<>();
        Set<String> full = new HashSet<>();
        for (EntityNames e : entities) {
            for (String n : e.names()) {
                List<String> words = words(n);
                if (words.isEmpty()) {
                    continue;
                }
                b.add(words, new Name(e.entity(), false));
                full.add(String.join(" ", words));
                entityOf.put(n, e.entity());
                if (words.size() >= 2) {
                    surnames.putIfAbsent(words.get(words.size() - 1), new Name(e.entity(), true));
                }
            }
        }
        surnames.forEach((surname, name) -> {
            if (!full.contains(surname)) {
                b.add(List.of(surname), name);
            }
        });
        this.names = b.build();
    }

    /** A name as the words the tokenizer makes of it. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(org.textlens.nlp.Normalization.normalize(w));
            }
        }
        return out;
    }

    List<Target> find(AnnotatedDocument doc, PersonIndex people) {
        List<Target> found = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            String[] bare = new String[tokens.size()];
            for (int i = 0; i < bare.length; i++) {
                bare[i] = Mentions.bare(tokens.get(i).norm());
            }
            List<String> words = Arrays.asList(bare);
            int i = 0;
            while (i < tokens.size()) {
                Optional<PhraseMatcher.Match<Name>> m = tokens.get(i).kind() == TokenKind.WORD ? names.longestAt(words, i) : Optional.empty();
                if (m.isPresent() && (!m.get().value().surnameOnly() || written.contains(m.get().value().entity()))) {
                    Token last = tokens.get(i + m.get().length() - 1);
                    int end = last.end() - Mentions.possessive(last.text());
                    String text = doc.text(new org.textlens.nlp.Span(tokens.get(i).start(), end));
                    found.add(new Target(tokens.get(i).start(), end, text, m.get().value().entity()));
                    if (!m.get().value().surnameOnly()) {
                        written.add(m.get().value().entity());
                    }
                    i += m.get().length();
                    continue;
                }
                Token t = tokens.get(i);
                if (t.kind() == TokenKind.WORD && Mentions.isPronoun(t.text())) {
                    people.resolve(t.start()).map(p -> entityOf.get(Mentions.bare(p.text())))
                        .ifPresent(entity -> found.add(new Target(t.start(), t.end(), t.text(), entity)));
                }
                i++;
            }
        }
        found.sort(Comparator.comparingInt(Target::start));
        return found;
    }
}
