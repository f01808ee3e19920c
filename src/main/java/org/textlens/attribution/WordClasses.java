package org.textlens.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.textlens.nlp.TokenKind;

/**
 * Universal Dependencies word classes for the sentences the statement finders read, from cheap
 * evidence instead of a statistical tagger: closed classes from word lists, names from
 * capitalisation, and verbs, nouns and adjectives from endings and the word before. The finders
 * ask only coarse questions (is this a verb, a name, a determiner, could it head a noun phrase),
 * and on PolNeAR these answers serve them as well as OpenNLP's tagger, at a small part of its
 * cost (docs/quotes.md, *Speed*). Stateless and thread-safe.
 */
final class WordClasses {
    private static final Map<String, String> CLOSED = new HashMap<>();

    private static void add(String tag, String words) {
        for (String w : words.split(" ")) {
            CLOSED.putIfAbsent(w, tag);
        }
    }

    static {
        add("DET", "the a an this that these those some any each every no another either neither all both such what which whose");
        add("PRON", "i me my mine you your yours he him his she her hers it its we us our ours they them their theirs myself yourself"
            + " himself herself itself ourselves themselves who whom someone somebody anyone anybody everyone everybody nobody"
            + " something anything everything nothing");
        add("AUX", "be am is are was were been being have has had having do does did will would shall should can could may might"
            + " must 's 're 've 'd 'll ca wo");
        add("ADP", "of in on at by for with from into onto over under about after before since during through across against among"
            + " amongst between without within upon toward towards around behind beyond near like via despite amid off per"
            + " including following throughout than");
        add("CCONJ", "and or but nor plus");
        add("SCONJ", "if whether because although though while when where whereas unless until as once whenever");
        add("PART", "to not n't");
        add("NUM", "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand"
            + " million billion trillion dozen");
        add("ADV", "also never still already just even then now soon later again ever often always sometimes here there too very"
            + " quite rather so however meanwhile instead perhaps maybe recently previously earlier yesterday today tomorrow"
            + " tonight only not almost nearly further furthermore moreover nonetheless nevertheless thus therefore indeed"
            + " well back away out up down yet once twice else ago altogether anyway");
        add("ADJ", "new former senior top chief other own same many much more most few less least several big small large"
            + " good bad best worst better worse high low long short last next first second third early late major key main"
            + " national federal political public presidential republican democratic local regional international foreign"
            + " economic military social young old recent current possible likely unlikely able familiar close aware"
            + " responsible");
    }

    /** Past tenses and participles that carry no -ed. */
    private static final Set<String> IRREGULAR_VERBS = Set.of("said", "told", "wrote", "written", "thought", "knew", "known", "felt",
        "found", "made", "gave", "given", "took", "taken", "went", "gone", "came", "saw", "seen", "got", "gotten", "began", "begun",
        "became", "brought", "bought", "held", "kept", "left", "lost", "met", "paid", "ran", "sent", "spent", "stood", "won", "built",
        "led", "meant", "heard", "understood", "sought", "taught", "caught", "fought", "chose", "chosen", "drove", "driven", "rose",
        "risen", "fell", "fallen", "grew", "grown", "threw", "thrown", "shown", "spoke", "spoken", "broke", "broken", "forgot",
        "forgotten", "wore", "hid", "hidden", "sat", "slept", "swore", "sworn", "struck", "withdrew", "withdrawn", "undertook",
        "overcame", "upheld", "backed", "did", "done", "says", "tells", "thinks", "knows", "wants", "believes", "hopes");
    /** Modals and words after which a base form is a verb: "will say", "to plan", "they say", "did not say". */
    private static final Set<String> VERB_CONTEXT = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "to", "not", "n't", "i", "we", "you", "they", "did", "do", "does", "who", "also", "never", "'ll", "'d", "wo", "ca",
        "and", "that", "which", "still", "often", "officials", "people", "voters", "analysts", "experts", "critics", "leaders");

    private WordClasses() {
    }

    /**
     * Tags of the words of {@code w}; {@code lowerElsewhere} tells whether the document writes a
     * word (lower case) in lower case somewhere, for capitalised sentence openers.
     */
    static String[] tag(Words w, Predicate<String> lowerElsewhere) {
        String[] tags = new String[w.n];
        int first = SpeakerFinder.firstWord(w);
        for (int i = 0; i < w.n; i++) {
            tags[i] = tagAt(w, i, first, tags, lowerElsewhere);
        }
        return tags;
    }

    private static String tagAt(Words w, int i, int first, String[] tags, Predicate<String> lowerElsewhere) {
        if (w.kind[i] == TokenKind.PUNCT) {
            return "PUNCT";
        }
        if (w.kind[i] == TokenKind.NUMBER) {
            return "NUM";
        }
        if (w.kind[i] != TokenKind.WORD) {
            return "SYM";
        }
        String lower = w.lower[i];
        String closed = CLOSED.get(lower);
        if (w.capitalised(i)) {
            if (i != first) {
                return closed != null && !closed.equals("ADJ") && !isAllCaps(w, i) ? closed : "PROPN"; // "US" is a name
            }
            if (closed != null) {
                return closed;
            }
            // "Critics said", "Officials say": a plural common noun, unless the text names it inside a sentence elsewhere
            return lowerElsewhere.test(lower) || isPluralNoun(lower) && lower.length() > 5 ? open(w, i, tags) : "PROPN";
        }
        if (closed != null) {
            if (lower.equals("that") && i > 0 && (tags[i - 1].equals("VERB") || tags[i - 1].equals("NOUN"))) {
                return "SCONJ";
            }
            if (lower.equals("to") && i + 1 < w.n && w.kind[i + 1] == TokenKind.WORD && CLOSED.get(w.lower[i + 1]) == null
                && !w.capitalised(i + 1)) {
                return "PART";
            }
            return closed;
        }
        return open(w, i, tags);
    }

    private static boolean isAllCaps(Words w, int i) {
        return w.text[i].length() > 1 && w.text[i].equals(w.text[i].toUpperCase(java.util.Locale.ROOT));
    }

    /** An open-class word: a verb, a noun, an adjective or an adverb, from its ending and the word before. */
    private static String open(Words w, int i, String[] tags) {
        String lower = w.lower[i];
        String before = i > 0 ? tags[i - 1] : "";
        String prev = i > 0 ? w.lower[i - 1] : "";
        boolean afterDeterminer = before.equals("DET") || before.equals("ADJ") || before.equals("NUM")
            || before.equals("PRON") && isPossessive(prev) || prev.endsWith("'s") || before.equals("ADP");
        if (IRREGULAR_VERBS.contains(lower)) {
            return "VERB";
        }
        int n = lower.length();
        if (n > 4 && lower.endsWith("ly") && !lower.endsWith("ily") || lower.endsWith("wise")) {
            return "ADV";
        }
        if (n > 4 && lower.endsWith("ed")) {
            return afterDeterminer && i + 1 < w.n && w.kind[i + 1] == TokenKind.WORD && !isClosed(w.lower[i + 1]) ? "ADJ" : "VERB";
        }
        if (n > 4 && lower.endsWith("ing")) {
            return afterDeterminer ? "NOUN" : "VERB";
        }
        if (isAdjectiveEnding(lower)) {
            return "ADJ";
        }
        if (afterDeterminer) {
            return "NOUN";
        }
        if (VERB_CONTEXT.contains(prev) || before.equals("AUX") || before.equals("PART")) {
            return "VERB";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && (before.equals("PROPN") || before.equals("NOUN") && !prev.endsWith("s")
            || prev.equals("he") || prev.equals("she") || prev.equals("it")) && !isPluralNoun(lower) && objectFollows(w, i + 1)) {
            return "VERB"; // "Miller says", "the report shows"; not "Shop owners", "the Selva plains warned"
        }
        if (before.equals("NOUN") && prev.endsWith("s") && !prev.endsWith("ss") && !lower.endsWith("s")) {
            return "VERB"; // "officials say"
        }
        return "NOUN";
    }

    /** Plural endings of nouns for people and things, rare on verbs: supporters, analysts, officials, elections. */
    private static boolean isPluralNoun(String lower) {
        for (String end : PLURAL_NOUN_ENDINGS) {
            if (lower.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLURAL_NOUN_ENDINGS = {"ers", "ors", "ists", "ians", "ants", "ents", "ions", "ties", "als", "ees",
        "ics", "ships", "ments", "nesses", "ies"};

    /**
     * Whether what starts at {@code i} can follow a verb in the present tense: "that", a determiner,
     * a pronoun, a name, a number ("says that", "shows Clinton", "finds the"); not a preposition,
     * a comma or another verb ("the upcoming talks between", "the Selva plains warned").
     */
    private static boolean objectFollows(Words w, int i) {
        if (i >= w.n) {
            return false;
        }
        if (w.kind[i] == TokenKind.NUMBER) {
            return true;
        }
        if (w.kind[i] != TokenKind.WORD) {
            return w.isQuoteMark(i) || w.isPunct(i, ":");
        }
        String closed = CLOSED.get(w.lower[i]);
        return w.capitalised(i) || closed != null && (closed.equals("DET") || closed.equals("PRON") || closed.equals("NUM")
            || closed.equals("ADV") || closed.equals("PART") || w.lower[i].equals("that")) && !verbFollows(w, i);
    }

    /** Whether the word at {@code i} is a verb form: an auxiliary, a modal, a past tense. */
    private static boolean verbFollows(Words w, int i) {
        if (i >= w.n || w.kind[i] != TokenKind.WORD) {
            return false;
        }
        String lower = w.lower[i];
        return "AUX".equals(CLOSED.get(lower)) || IRREGULAR_VERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ed");
    }

    private static boolean isClosed(String lower) {
        return CLOSED.containsKey(lower);
    }

    private static boolean isPossessive(String lower) {
        return lower.equals("his") || lower.equals("her") || lower.equals("its") || lower.equals("their") || lower.equals("our")
            || lower.equals("my") || lower.equals("your");
    }

    private static boolean isAdjectiveEnding(String lower) {
        int n = lower.length();
        return n > 5 && (lower.endsWith("ous") || lower.endsWith("able") || lower.endsWith("ible") || lower.endsWith("ful")
            || lower.endsWith("less") || lower.endsWith("ical") || lower.endsWith("ish")) || lower.endsWith("-based")
            || lower.endsWith("-old");
    }
}
