package org.textlens.attribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.lexicon.TsvEntries;
import org.textlens.nlp.Lemmatizer;
import org.textlens.nlp.Normalization;

/**
 * The speech-verb lexicon: verbs (and verb phrases) that report a statement, matched over lemmas
 * so that every tense matches. Immutable; one instance serves every thread.
 */
public final class SpeechVerbs {
    static final String BUILTIN = "speech-verbs-en.tsv";

    /** What follows a speech verb when it reports a statement. */
    enum Complement {
        /** A clause: "said (that) the talks would begin", "said: ...". */
        CLAUSE,
        /** A noun phrase is enough: "announced the talks". */
        OBJECT,
        /** A clause after an addressee: "told reporters (that) ...". */
        ADDRESSEE,
        /** "according to X": the speaker follows the verb. */
        SOURCE,
        /**
         * "The talks seem to have stalled", "it appears that ...": the subject and what follows are
         * the statement, and nobody is named as its source (the writer's impression).
         */
        IMPRESSION
    }

    /** A lexicon entry: the verb as the lexicon writes it, its complement, and the kind of statement it reports. */
    record Verb(String name, Complement complement, Statement.Kind kind) {
    }

    /** The kinds a lexicon entry may give; direct and written come from quote marks and speakers, not from verbs. */
    static final java.util.Set<Statement.Kind> VERB_KINDS = java.util.EnumSet.of(Statement.Kind.INDIRECT, Statement.Kind.ACCORDING_TO,
        Statement.Kind.BELIEF, Statement.Kind.INTENTION, Statement.Kind.REFUSAL, Statement.Kind.ENDORSEMENT);

    private final PhraseMatcher<Verb> matcher;
    private final Set<String> firstLemmas;
    private final int size;

    private SpeechVerbs(PhraseMatcher<Verb> matcher, Set<String> firstLemmas, int size) {
        this.matcher = matcher;
        this.firstLemmas = firstLemmas;
        this.size = size;
    }

    /** The built-in lexicon (when {@code builtin}) extended by {@code files}; later entries override earlier ones. */
    public static SpeechVerbs load(boolean builtin, List<Path> files) {
        List<TsvEntries.Entry> entries = new ArrayList<>();
        if (builtin) {
            entries.addAll(TsvEntries.readResource(SpeechVerbs.class, BUILTIN));
        }
        for (Path f : files) {
            entries.addAll(TsvEntries.readFile(f));
        }
        PhraseMatcher.Builder<Verb> builder = PhraseMatcher.builder();
        Set<String> firsts = new HashSet<>();
        Set<List<String>> keys = new HashSet<>();
        Lemmatizer lemmatizer = Lemmatizer.english();
        for (TsvEntries.Entry e : entries) {
            if (e.fields().size() < 2 || e.fields().size() > 3 || e.field(0).isBlank()) {
                throw e.error("expected 'verb<TAB>complement[<TAB>kind]'", "complement is one of clause, object, addressee, source");
            }
            Complement complement = parse(e);
            Statement.Kind kind = e.fields().size() == 3 ? parseKind(e)
                : complement == Complement.SOURCE ? Statement.Kind.ACCORDING_TO : Statement.Kind.INDIRECT;
            String name = Normalization.normalize(e.field(0).strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
            List<String> lemmas = Arrays.stream(name.split(" ")).map(lemmatizer::lemma).toList();
            builder.add(lemmas, new Verb(name, complement, kind));
            firsts.add(lemmas.get(0));
            keys.add(lemmas);
        }
        return new SpeechVerbs(builder.build(), Set.copyOf(firsts), keys.size());
    }

    private static Complement parse(TsvEntries.Entry e) {
        try {
            return Complement.valueOf(e.field(1).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            throw e.error("unknown complement '" + e.field(1) + "'", "use clause, object, addressee or source");
        }
    }

    private static Statement.Kind parseKind(TsvEntries.Entry e) {
        Optional<Statement.Kind> kind = Statement.Kind.ofLabel(e.field(2));
        if (kind.isEmpty() || !VERB_KINDS.contains(kind.get())) {
            throw e.error("unknown kind '" + e.field(2) + "'", "use indirect, according_to, belief, intention, refusal or endorsement");
        }
        return kind.get();
    }

    /** Whether some entry starts with this lemma: a cheap test before tagging a sentence. */
    boolean startsWith(String lemma) {
        return firstLemmas.contains(lemma);
    }

    /** The longest entry starting at {@code lemmas[from]}, with its length in words. */
    Optional<PhraseMatcher.Match<Verb>> at(List<String> lemmas, int from) {
        return matcher.longestAt(lemmas, from);
    }

    /** The number of distinct entries. */
    public int size() {
        return size;
    }
}
