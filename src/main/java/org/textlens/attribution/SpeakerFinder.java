package org.textlens.attribution;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.textlens.nlp.TokenKind;

/**
 * Finds who speaks around a speech verb in a tagged sentence: the subject before the verb
 * ("State Department spokesman Matthew Miller said", "Miller, however, clarified", "the aide,
 * Andrey Ermak, had announced", "Osei, who chairs the forum, told", "he said", "the regional
 * government said") or the noun phrase after it ("..., said Miller", "according to the Kremlin").
 *
 * <p>In a noun phrase a name wins over the common nouns around it ("State Department spokesman
 * Matthew Miller" → "Matthew Miller"), titles are dropped from names, and a phrase with a
 * preposition is named by its head ("farmers in the Selva plains" → "farmers") unless the
 * preposition introduces a name ("analysts at Mercer Bank" → "Mercer Bank").
 */
final class SpeakerFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> NOT_NAMES = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT", "ADJ", "SYM");
    private static final Set<String> VERB_MODIFIERS = Set.of("has", "have", "had", "will", "would", "could", "can", "may", "might",
        "must", "shall", "should", "did", "does", "do", "is", "was", "were", "are", "be", "been", "also", "not", "n't", "never",
        "then", "still", "often", "even", "just", "only", "once", "again", "already", "later", "earlier", "further", "first");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
        "these", "those", "some", "several", "many", "two", "three", "one");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "in", "on", "with", "to");
    /** Prepositions that tie a speaker to an organisation ("spokesman for the ministry"), unlike places ("officials in Seravia"). */
    private static final Set<String> AFFILIATIONS = Set.of("of", "for", "at", "from");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its");
    /** Title abbreviations whose full stop stays inside a name ("Mr. Smith", "Dr. Jane Doe"). */
    private static final Set<String> ABBREVIATED_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "col",
        "lt", "capt", "sgt", "st", "rev", "adm", "maj");
    private static final Set<String> PARENTHETICAL_OPENERS = Set.of("who", "which", "whose", "asked", "speaking", "according");
    /** How many tokens a parenthetical between subject and verb may hold ("Osei, who chairs the forum, told"). */
    private static final int PARENTHETICAL_TOKENS = 15;
    /** How many tokens an apposition after a name may hold ("Dan Kovac, senior director for transport at the regional office, said"). */
    private static final int APPOSITION_TOKENS = 30;

    private final Names names = Names.english();
    private final Predicate<String> knownName;

    /** {@code knownName} tells whether a word stands capitalised inside a sentence somewhere in the document. */
    SpeakerFinder(Predicate<String> knownName) {
        this.knownName = knownName;
    }

    /** The subject of the verb at {@code verb}, looking no further left than token {@code floor}. */
    Optional<Mention> before(Words w, int verb, int floor, DocText text) {
        int j = verb - 1;
        while (true) {
            while (j >= floor && isVerbModifier(w, j)) {
                j--;
            }
            if (j - 2 >= floor && w.isPunct(j, ",") && isAdverb(w, j - 1) && w.isPunct(j - 2, ",")) {
                j -= 3; // Miller, however, clarified
                continue;
            }
            break;
        }
        j = bracketStart(w, j, floor); // Sen. Lena Marsh (D-Ore.) said
        if (j < floor) {
            return Optional.empty();
        }
        boolean appositive = w.isPunct(j, ",");
        if (appositive) {
            int open = parentheticalStart(w, j, floor);
            if (open >= 0) {
                j = open - 1; // Osei, who chairs the forum, told; Bellini, asked about the draw, joked
                appositive = false;
            } else {
                j = bracketStart(w, j - 1, floor); // the aide, Andrey Ermak, announced; Gov. Tom Brandt (R-Wash.), said
                appositive = j + 1 < w.n && !w.isPunct(j + 1, "(");
            }
        }
        if (j < floor) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(w.lower[j])) {
            return appositive ? Optional.empty() : Optional.of(mention(w, j, j, Mention.Kind.PRONOUN, text));
        }
        int first = firstWord(w);
        if (nameLike(w, j, first) || isSubjectName(w, j, first)) {
            int k = nameRunStart(w, j, floor, first);
            int start = names.nameStart(w, k, j);
            if (start >= 0 && !endsPrepositionalPhrase(w, k, floor, first)) {
                return Optional.of(mention(w, start, j, Mention.Kind.NAME, text));
            }
        }
        if (appositive) {
            return namedBeforeApposition(w, j + 1, floor, first, text); // Dan Kovac, senior director for transport, said
        }
        if (!isNounHead(w, j)) {
            return Optional.empty();
        }
        int k = j;
        while (k - 1 >= floor && (isNounPhraseWord(w, k - 1, first) || k - 2 >= floor
            && (PREPOSITIONS.contains(w.lower[k - 1]) || w.is(k - 1, "and")) && isNounPhraseWord(w, k - 2, first))) {
            k--;
        }
        return phrase(w, k, j, first, text);
    }

    /**
     * The name before an apposition that ends with the comma at {@code close}: "Dan Kovac, senior
     * director for transport at the regional office, said", "Ruth Calloway, 67, a retired nurse who
     * voted for the plan, said". The apposition holds no quotation and no verb outside a relative
     * clause.
     */
    private Optional<Mention> namedBeforeApposition(Words w, int close, int floor, int first, DocText text) {
        for (int p = close - 1; p > floor && p >= close - APPOSITION_TOKENS; p--) {
            if (w.isQuoteMark(p) || w.isPunct(p, ".!?;:") && !w.isAbbreviationStop(p)) {
                return Optional.empty();
            }
            if (w.kind[p] == TokenKind.WORD && (w.tag(p).equals("VERB") || w.tag(p).equals("AUX")) 
                && !hasRelativeBefore(w, p)) {
                return Optional.empty();
            }
            if (w.isPunct(p, ",") && p + 1 < close && nameLike(w, p - 1, first)) {
                int k = nameRunStart(w, p - 1, floor, first);
                int start = names.nameStart(w, k, p - 1);
                if (start >= 0) {
                    return Optional.of(mention(w, start, p - 1, Mention.Kind.NAME, text));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the verb at {@code verb} is in a relative clause ("who voted for the plan") inside the same comma-delimited part. */
    private static boolean hasRelativeBefore(Words w, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 6; i--) {
            if (w.is(i, "who") || w.is(i, "which") || w.is(i, "whose") || w.is(i, "that")) {
                return true;
            }
            if (w.isPunct(i, ",")) {
                return false;
            }
        }
        return false;
    }

    /** The token before a bracket that closes at {@code j} ("Marsh (D-Ore.)"), or {@code j} when none closes there. */
    private static int bracketStart(Words w, int j, int floor) {
        if (!w.isPunct(j, ")")) {
            return j;
        }
        for (int i = j - 1; i >= floor && i >= j - 12; i--) {
            if (w.isPunct(i, "(")) {
                return i - 1;
            }
        }
        return j;
    }

    /** The noun phrase starting at token {@code from}: "Miller", "the Kremlin", "State Department spokesman Matthew Miller". */
    Optional<Mention> after(Words w, int from, DocText text) {
        if (from >= w.n) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(w.lower[from])) {
            return Optional.of(mention(w, from, from, Mention.Kind.PRONOUN, text));
        }
        int first = firstWord(w);
        if (isSubjectName(w, from, first) && !nameLike(w, from, first) && !isNounPhraseWord(w, from + 1, first)) {
            return Optional.of(mention(w, from, from, Mention.Kind.NAME, text)); // "said Bellini." with a mistagged name
        }
        if (!isNounPhraseWord(w, from, first)) {
            return Optional.empty();
        }
        int j = from;
        while (j + 1 < w.n && (isNounPhraseWord(w, j + 1, first)
            || j + 2 < w.n && PREPOSITIONS.contains(w.lower[j + 1]) && isNounPhraseWord(w, j + 2, first))) {
            j++;
        }
        if (w.isPunct(j + 1, ",") && nameLike(w, j + 2, first)) {
            // "said the British envoy, Sarah Finch."
            int k = j + 2;
            while (k + 1 < w.n && nameLike(w, k + 1, first)) {
                k++;
            }
            if (k + 1 >= w.n || w.isPunct(k + 1, ",.;!?")) {
                int start = names.nameStart(w, j + 2, k);
                if (start >= 0) {
                    return Optional.of(mention(w, start, k, Mention.Kind.NAME, text));
                }
            }
        }
        return phrase(w, from, j, first, text);
    }

    /**
     * A noun phrase {@code w[from..to]} as a speaker: the name at its end or before its head, the
     * name a final prepositional phrase introduces, or else the head phrase without determiners.
     */
    private Optional<Mention> phrase(Words w, int from, int to, int first, DocText text) {
        int preposition = -1;
        for (int i = from + 1; i <= to && preposition < 0; i++) {
            if (PREPOSITIONS.contains(w.lower[i])) {
                preposition = i;
            }
        }
        int headEnd = to;
        if (preposition > 0 && AFFILIATIONS.contains(w.lower[preposition])) {
            Optional<Mention> name = lastName(w, preposition + 1, to, first, text);
            if (name.isPresent() && name.get().end() == w.end[to]) {
                return name; // "spokesman for the State Department", "analysts at Mercer Bank"
            }
        }
        if (preposition > 0) {
            headEnd = preposition - 1;
            while (headEnd > from && w.tag(headEnd).equals("ADJ") && !w.capitalised(headEnd)) {
                headEnd--; // "people familiar with the talks", "sources close to the campaign"
            }
        }
        Optional<Mention> name = lastName(w, from, headEnd, first, text);
        if (name.isPresent()) {
            return name;
        }
        int k = from;
        while (k < headEnd && DETERMINERS.contains(w.lower[k])) {
            k++;
        }
        while (headEnd > k && w.kind[headEnd] == TokenKind.PUNCT) {
            headEnd--;
        }
        if (!isNounHead(w, headEnd)) {
            return Optional.empty();
        }
        return Optional.of(mention(w, k, headEnd, Mention.Kind.NOUN_PHRASE, text));
    }

    /** The last name in {@code w[from..to]}, titles dropped. */
    private Optional<Mention> lastName(Words w, int from, int to, int first, DocText text) {
        for (int j = to; j >= from; j--) {
            // a name before the head must be tagged as one: "State Department spokesman", not "Election officials"
            if (nameLike(w, j, first) && (j == to || w.tag(j).equals("PROPN"))) {
                int k = nameRunStart(w, j, from, first);
                int start = names.nameStart(w, k, j);
                if (start >= 0) {
                    return Optional.of(mention(w, start, j, Mention.Kind.NAME, text));
                }
                j = k;
            }
        }
        return Optional.empty();
    }

    /** Whether the name starting at {@code k} ends a phrase such as "officials in Seravia" or "analysts at Mercer Bank". */
    private boolean endsPrepositionalPhrase(Words w, int k, int floor, int first) {
        int p = k - 1;
        if (p >= floor && DETERMINERS.contains(w.lower[p])) {
            p--;
        }
        return p - 1 >= floor && PREPOSITIONS.contains(w.lower[p]) && isNounPhraseWord(w, p - 1, first) && !nameLike(w, p - 1, first);
    }

    /** Where the name ending at {@code j} starts; a capitalised adjective inside a name belongs to it ("White House", "European Commission"). */
    private int nameRunStart(Words w, int j, int floor, int first) {
        int k = j;
        while (k - 1 >= floor && (nameLike(w, k - 1, first) || isCapitalisedAdjective(w, k - 1)
            || k - 2 >= floor && w.isAbbreviationStop(k - 1) && nameLike(w, k - 2, first) // Gregory T. Angelo, Sen. Marsh
            || k - 2 >= floor && isNameConnector(w.lower[k - 1]) && nameLike(w, k - 2, first))) {
            k--;
        }
        return k;
    }

    private static boolean isCapitalisedAdjective(Words w, int i) {
        return i >= 0 && i < w.n && w.kind[i] == TokenKind.WORD && w.capitalised(i) && w.tag(i).equals("ADJ");
    }

    /**
     * The comma opening a parenthetical that ends with the comma at {@code close}: a relative
     * clause or a participle between subject and verb. -1 when there is none.
     */
    private int parentheticalStart(Words w, int close, int floor) {
        for (int p = close - 1; p >= Math.max(floor, close - PARENTHETICAL_TOKENS); p--) {
            if (w.isPunct(p, ",")) {
                int opener = p + 1;
                boolean clause = PARENTHETICAL_OPENERS.contains(w.lower[opener])
                    || w.kind[opener] == TokenKind.WORD && !w.capitalised(opener) && w.tag(opener).equals("VERB")
                    || APPOSITIVE_OPENERS.contains(w.lower[opener]) && nameLike(w, p - 1, firstWord(w)); // "Jane Doe, a virologist, said"
                return clause && p > floor ? p : -1;
            }
            if (w.isPunct(p, ".;:") || w.isQuoteMark(p)) {
                return -1;
            }
        }
        return -1;
    }

    private static Mention mention(Words w, int from, int to, Mention.Kind kind, DocText text) {
        return new Mention(text.slice(w.start[from], w.end[to]), w.start[from], w.end[to], kind);
    }

    /** Index of the sentence's first word, or of the first word after an opening quote mark. */
    static int firstWord(Words w) {
        int i = 0;
        while (i < w.n && w.kind[i] == TokenKind.PUNCT) {
            i++;
        }
        return i;
    }

    /**
     * A capitalised word that is part of a name: tagged PROPN, or inside the sentence and not of a
     * closed class; the first word of a sentence also when the document writes it capitalised
     * inside a sentence elsewhere (the tagger often misses a name that opens a sentence).
     */
    boolean nameLike(Words w, int i, int first) {
        if (i < 0 || i >= w.n || w.kind[i] != TokenKind.WORD || !w.capitalised(i) || PRONOUNS.contains(w.lower[i])) {
            return false;
        }
        String tag = w.tag(i);
        if (i == first) {
            // "Shop owners" opens a sentence tagged PROPN; "Moscow has" and a name seen elsewhere are names
            boolean beforeCommonNoun = i + 1 < w.n && w.kind[i + 1] == TokenKind.WORD && !w.capitalised(i + 1)
                && (w.tag(i + 1).equals("NOUN") || w.tag(i + 1).equals("ADJ"));
            return knownName.test(w.text[i]) || tag.equals("PROPN") && !beforeCommonNoun;
        }
        return tag.equals("PROPN") || !NOT_NAMES.contains(tag);
    }

    /** A capitalised word right next to the verb, whatever its tag: an adjective or preposition cannot speak, a name can. */
    private boolean isSubjectName(Words w, int i, int first) {
        return i >= 0 && i < w.n && w.kind[i] == TokenKind.WORD && w.capitalised(i) && !PRONOUNS.contains(w.lower[i])
            && !w.tag(i).equals("DET") && !w.tag(i).equals("PRON") && !w.tag(i).equals("CCONJ") && !w.tag(i).equals("SCONJ")
            && (i != first || knownName.test(w.text[i]));
    }

    private static boolean isNounHead(Words w, int i) {
        String tag = w.tag(i);
        return i >= 0 && w.kind[i] == TokenKind.WORD && (tag.equals("NOUN") || tag.equals("PROPN")) && !PRONOUNS.contains(w.lower[i]);
    }

    private boolean isNounPhraseWord(Words w, int i, int first) {
        if (i < 0 || i >= w.n) {
            return false;
        }
        if (nameLike(w, i, first)) {
            return true;
        }
        if (w.kind[i] == TokenKind.PUNCT) {
            // the possessive apostrophe of "the farmers' union" is a token of its own; so is the stop of "Mr. Smith"
            return i > 0 && w.kind[i - 1] == TokenKind.WORD
                && (org.textlens.nlp.Normalization.isApostrophe(w.text[i].codePointAt(0)) && w.lower[i - 1].endsWith("s")
                    || w.isPunct(i, ".") && ABBREVIATED_TITLES.contains(w.lower[i - 1]) && i + 1 < w.n && w.capitalised(i + 1));
        }
        String tag = w.tag(i);
        return w.kind[i] == TokenKind.WORD && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM")
            || DETERMINERS.contains(w.lower[i]) && !w.lower[i].equals("that")) || w.kind[i] == TokenKind.NUMBER;
    }

    static boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }

    static boolean isAbbreviatedTitle(String lower) {
        return ABBREVIATED_TITLES.contains(lower);
    }

    private static boolean isNameConnector(String lower) {
        return lower.equals("of") || Names.isConnector(lower);
    }

    private static boolean isVerbModifier(Words w, int i) {
        if (w.kind[i] != TokenKind.WORD) {
            return false;
        }
        String tag = w.tag(i);
        boolean lowerCase = !w.capitalised(i);
        return VERB_MODIFIERS.contains(w.lower[i]) || lowerCase && (tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART"))
            || lowerCase && w.lower[i].endsWith("ly") && !tag.equals("NOUN") && !tag.equals("ADJ");
    }

    private static boolean isAdverb(Words w, int i) {
        return w.kind[i] == TokenKind.WORD && (w.tag(i).equals("ADV") || w.tag(i).equals("CCONJ"));
    }
}
