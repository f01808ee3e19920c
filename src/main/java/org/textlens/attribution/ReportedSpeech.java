package org.textlens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.TokenKind;

/**
 * Finds reported speech in a tagged sentence, one statement per speech verb:
 * <ul>
 *   <li>forward: "Miller said (that) ...", "Miller told reporters ...", "Miller described the talks as ...";</li>
 *   <li>participle: "Ermak announced the talks, stating that ..." (the speaker is the main clause's subject);</li>
 *   <li>backward: "..., Miller said." and "..., said Miller." (the statement is what precedes);</li>
 *   <li>parenthetical: "The talks, Miller said, will begin soon." (the whole sentence);</li>
 *   <li>source: "according to X, ..." and "..., according to X."</li>
 * </ul>
 * Verbs inside a quotation, and verbs that already attribute one, are not read again.
 */
final class ReportedSpeech {
    /** How far after the verb "that" may open the clause ("said on Tuesday that"). */
    private static final int THAT_WINDOW = 8;
    /** The most words that may follow a backward attribution ("..., Raman told employees in an email on Wednesday."). */
    private static final int TRAILING_WORDS = 8;
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "reporters", "journalists");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> SENTENCE_OPENERS = Set.of("but", "and", "yet", "so", "however", "meanwhile");

    private ReportedSpeech() {
    }

    static List<Statement> find(DocumentContext ctx, int sentence, Set<Integer> usedVerbs) {
        Words w = ctx.tagged(sentence);
        List<Statement> out = new ArrayList<>();
        for (int v = 0; v < w.n; v++) {
            if (usedVerbs.contains(w.start[v]) || ctx.quoteAround(w.start[v]).isPresent()) {
                continue;
            }
            Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> m = ctx.speechVerbAt(w, v);
            if (m.isEmpty()) {
                continue;
            }
            SpeechVerbs.Verb verb = m.get().value();
            int after = v + m.get().length();
            Optional<Statement> s = switch (verb.complement()) {
                case SOURCE -> source(ctx, w, v, after, verb);
                case IMPRESSION -> impression(ctx, w, v, after, verb);
                default -> reported(ctx, w, v, after, verb);
            };
            s.ifPresent(out::add);
            if (s.isPresent() && s.get().start() > w.start[v]) {
                v = w.indexAt(s.get().end()) - 1; // the clause is taken; a verb inside it reports within it
            }
        }
        return out;
    }

    private static Optional<Statement> reported(DocumentContext ctx, Words w, int v, int after, SpeechVerbs.Verb verb) {
        boolean participle = w.lower[v].endsWith("ing") && w.isPunct(v - 1, ",");
        boolean coordinated = w.is(v - 1, "and") || w.is(v - 1, "but");
        Optional<Mention> speaker = participle ? mainSubject(ctx, w, v)
            : coordinated ? previousSpeechVerbSubject(ctx, w, v).or(() -> mainSubject(ctx, w, v)) : ctx.speakers.before(w, v, 0, ctx.text);
        int first = SpeakerFinder.firstWord(w);
        if (speaker.isEmpty() && !participle && w.isPunct(v - 1, ",")) {
            // "..., said Miller."
            Optional<Mention> inverted = ctx.speakers.after(w, after, ctx.text);
            if (inverted.isPresent() && isTrailer(w, w.indexAt(inverted.get().end()))) {
                return backward(ctx, w, first, v - 1, inverted, verb);
            }
            return Optional.empty();
        }
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int comma = participle || coordinated ? -1 : commaBeforeSpeaker(w, first, w.indexAt(speaker.get().start()));
        if (comma > first && isTrailer(w, after)) {
            return backward(ctx, w, first, comma, speaker, verb); // "..., Miller told reporters on Tuesday."
        }
        if (comma > first && w.isPunct(afterAdverbials(w, after), ",")) {
            // "The talks, Miller said, will begin soon."
            return Optional.of(ctx.statement(w.start[first], w.end[contentEnd(w) - 1], speaker, Optional.of(verb.name()),
                verb.kind()));
        }
        int content = contentStart(w, after, verb.complement());
        int end = content >= 0 ? clauseEnd(ctx, w, content) : contentEnd(w);
        if (content >= 0 && content < end && isClause(w, content, end, verb, after)) {
            return Optional.of(ctx.statement(w.start[content], w.end[end - 1], speaker, Optional.of(verb.name()), verb.kind()));
        }
        return Optional.empty();
    }

    /**
     * "The talks seem to have stalled", "The plan appeared doomed", "It appears that …": the subject
     * and the rest of its clause, with no speaker. What follows the verb must say something of the
     * subject ("to", "that", "like", "as", an adjective or participle), not where it appeared
     * ("appeared on television", "appeared before the committee").
     */
    private static Optional<Statement> impression(DocumentContext ctx, Words w, int v, int after, SpeechVerbs.Verb verb) {
        int k = after;
        while (k < w.n && w.kind[k] == TokenKind.WORD && !w.capitalised(k) && w.tag(k).equals("ADV") && !w.is(k, "to")) {
            k++;
        }
        if (k >= w.n || w.kind[k] != TokenKind.WORD || w.capitalised(k)
            || !(w.is(k, "to") || w.is(k, "that") || w.is(k, "like") || w.is(k, "as") || w.tag(k).equals("ADJ")
                || w.lower[k].endsWith("ed") || w.lower[k].endsWith("ing") && !w.tag(k).equals("ADP"))) {
            return Optional.empty();
        }
        Optional<Mention> subject = ctx.speakers.before(w, v, 0, ctx.text);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int from = w.indexAt(subject.get().start());
        while (from > 0 && (SpeakerFinder.isDeterminer(w.lower[from - 1]) || w.tag(from - 1).equals("ADJ")) && !w.isPunct(from - 1, ",")) {
            from--; // "The two", "the new government"
        }
        int end = clauseEnd(ctx, w, k);
        if (end <= k) {
            return Optional.empty();
        }
        return Optional.of(ctx.statement(w.start[from], w.end[end - 1], Optional.empty(), Optional.of(verb.name()), verb.kind()));
    }

    /**
     * The comma that ends the statement before a backward attribution, or -1: the one right before
     * the speaker, before a title ("..., chief executive Priya Raman told"), or before an appositive's
     * head ("..., its secretary, Lena Voss, said").
     */
    private static int commaBeforeSpeaker(Words w, int first, int speakerFrom) {
        int comma = speakerFrom - 1;
        while (comma > first && !w.isPunct(comma, ",") && w.kind[comma] == TokenKind.WORD && isTitleWord(w, comma)
            && speakerFrom - comma < 5) {
            comma--;
        }
        if (comma == speakerFrom - 1 && comma > first && w.isPunct(comma, ",")) {
            int head = comma - 1;
            while (head > first && w.kind[head] == TokenKind.WORD && isTitleWord(w, head) && comma - head < 5) {
                head--;
            }
            if (head > first && w.isPunct(head, ",")) {
                comma = head;
            }
        }
        return comma > first && w.isPunct(comma, ",") ? comma : -1;
    }

    private static boolean isTitleWord(Words w, int i) {
        String tag = w.tag(i);
        return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("DET") || tag.equals("NUM")
            || POSSESSIVES.contains(w.lower[i]) || w.lower[i].equals("of");
    }

    /**
     * Whether the words from {@code from} to the sentence end only round off an attribution: an
     * addressee, a time or a place ("on Tuesday", "employees in an email on Wednesday"), no verb.
     */
    private static boolean isTrailer(Words w, int from) {
        int words = 0;
        for (int i = from; i < w.n; i++) {
            if (w.kind[i] == TokenKind.PUNCT) {
                if (w.isPunct(i, ",;:") || w.isQuoteMark(i)) {
                    return false;
                }
                continue;
            }
            if (w.tag(i).equals("VERB") || w.tag(i).equals("AUX") || w.is(i, "that")) {
                return false;
            }
            words++;
        }
        return words <= TRAILING_WORDS;
    }

    /** "..., Miller said.": the statement runs from the sentence start to the comma. */
    private static Optional<Statement> backward(DocumentContext ctx, Words w, int first, int comma, Optional<Mention> speaker,
                                                SpeechVerbs.Verb verb) {
        if (comma - first < 2 || w.isQuoteMark(first - 1) && ctx.quoteAround(w.start[first]).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ctx.statement(w.start[first], w.end[comma - 1], speaker, Optional.of(verb.name()), verb.kind()));
    }

    private static Optional<Statement> source(DocumentContext ctx, Words w, int v, int after, SpeechVerbs.Verb verb) {
        Optional<Mention> speaker = ctx.speakers.after(w, after, ctx.text);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int first = SpeakerFinder.firstWord(w);
        int end = contentEnd(w);
        int opener = first;
        while (opener < v && (SENTENCE_OPENERS.contains(w.lower[opener]) || w.isPunct(opener, ","))) {
            opener++;
        }
        if (opener == v) {
            // "According to the ministry, the talks will begin."
            int comma = w.indexAt(speaker.get().end());
            while (comma < end && !w.isPunct(comma, ",")) {
                comma++;
            }
            if (comma + 1 >= end) {
                return Optional.empty();
            }
            return Optional.of(ctx.statement(w.start[comma + 1], w.end[end - 1], speaker, Optional.of(verb.name()), verb.kind()));
        }
        int stop = w.isPunct(v - 1, ",") ? v - 1 : v;
        if (stop - first < 2) {
            return Optional.empty();
        }
        return Optional.of(ctx.statement(w.start[first], w.end[stop - 1], speaker, Optional.of(verb.name()), verb.kind()));
    }

    /** The subject of the speech verb this one is coordinated with: "Analysts said ... and predicted that ...". */
    private static Optional<Mention> previousSpeechVerbSubject(DocumentContext ctx, Words w, int v) {
        for (int u = v - 2; u >= 0; u--) {
            if (ctx.speechVerbAt(w, u).isPresent()) {
                return ctx.speakers.before(w, u, 0, ctx.text);
            }
        }
        return Optional.empty();
    }

    /** The subject of the clause a participle hangs on: "Moscow has expressed concerns, warning that ...". */
    static Optional<Mention> mainSubject(DocumentContext ctx, Words w, int v) {
        for (int u = v - 2; u >= 0; u--) {
            if (w.tag(u).equals("VERB") && !w.lower[u].endsWith("ing") && !w.capitalised(u)) {
                return ctx.speakers.before(w, u, 0, ctx.text);
            }
        }
        return Optional.empty();
    }

    /** Where the reported clause starts after a verb ending before {@code k}; -1 when it is a direct quotation. */
    private static int contentStart(Words w, int k, SpeechVerbs.Complement complement) {
        if (k >= w.n || w.isQuoteMark(k)) {
            return -1;
        }
        if (w.isPunct(k, ":,")) {
            return w.isQuoteMark(k + 1) ? -1 : k + 1;
        }
        for (int t = k; t < Math.min(w.n, k + THAT_WINDOW); t++) {
            if (w.is(t, "that")) {
                return t + 1;
            }
            if (w.isPunct(t, ".;:") || w.tag(t).equals("VERB") || w.isQuoteMark(t)) {
                break;
            }
        }
        if (complement == SpeechVerbs.Complement.ADDRESSEE) {
            int t = k;
            if (OBJECT_PRONOUNS.contains(w.lower[t])) {
                return t + 1;
            }
            while (t < w.n && (w.tag(t).equals("DET") || w.tag(t).equals("ADJ") || w.tag(t).equals("NOUN") || w.tag(t).equals("PROPN"))) {
                t++;
            }
            // "warned prices would rise": the noun phrase is the clause's subject, not an addressee
            return t < w.n && (w.tag(t).equals("AUX") || w.tag(t).equals("VERB")) ? k : t;
        }
        return k;
    }

    /** Whether {@code w[from, to)} reports a statement: a clause, or for object verbs any phrase. */
    private static boolean isClause(Words w, int from, int to, SpeechVerbs.Verb speechVerb, int afterVerb) {
        SpeechVerbs.Complement complement = speechVerb.complement();
        int words = 0;
        boolean verb = false;
        for (int i = from; i < to; i++) {
            if (w.kind[i] != TokenKind.PUNCT) {
                words++;
            }
            verb |= w.tag(i).equals("VERB") || w.tag(i).equals("AUX");
        }
        if (words < 2 && !(words == 1 && speechVerb.kind() == Statement.Kind.ENDORSEMENT && w.capitalised(from))) {
            return false; // one word is enough for whom one endorses: "endorsed Ortiz"
        }
        boolean introduced = from > afterVerb && (w.is(from - 1, "that") || w.isPunct(from - 1, ":"));
        if (!introduced && w.tag(from).equals("ADP")) {
            return false; // "told supporters in German": a place or time, not what was said
        }
        return complement == SpeechVerbs.Complement.OBJECT || introduced || verb;
    }

    /**
     * The end of a reported clause: the sentence's content end, or an earlier comma that opens a
     * participle reporting another statement ("announced the talks, stating that ...").
     */
    private static int clauseEnd(DocumentContext ctx, Words w, int from) {
        int end = contentEnd(w);
        for (int t = from + 1; t + 1 < end; t++) {
            if (w.isPunct(t, ",") && w.lower[t + 1].endsWith("ing") && ctx.speechVerbAt(w, t + 1).isPresent()) {
                return t;
            }
            if ((w.is(t, "and") || w.is(t, "but")) && isSpeechVerbSoon(ctx, w, t + 1, 3)) {
                return t; // "said the move was expected and predicted that ..."
            }
            if (w.isPunct(t, ",") && isSpeechVerbSoon(ctx, w, t + 1, 4) && !w.isQuoteMark(t + 1)) {
                return t; // "..., although they noted ..."
            }
        }
        return end;
    }

    private static boolean isSpeechVerbSoon(DocumentContext ctx, Words w, int from, int within) {
        for (int i = from; i < Math.min(w.n, from + within); i++) {
            if (w.kind[i] == TokenKind.PUNCT) {
                return false;
            }
            if (ctx.speechVerbAt(w, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The end of the sentence's content: before final punctuation and closing marks. */
    private static int contentEnd(Words w) {
        int end = w.n;
        while (end > 0 && w.kind[end - 1] == TokenKind.PUNCT && w.isPunct(end - 1, ".!?;:,\u2026)") ) {
            end--;
        }
        return end;
    }

    /** The first token after adverbs and prepositional phrases ("said on Tuesday"); an object stops it. */
    private static int afterAdverbials(Words w, int from) {
        int i = from;
        while (i < w.n && w.kind[i] == TokenKind.WORD) {
            if (w.tag(i).equals("ADV")) {
                i++;
            } else if (w.tag(i).equals("ADP")) {
                i++;
                while (i < w.n && w.kind[i] != TokenKind.PUNCT && !w.tag(i).equals("VERB") && !w.tag(i).equals("ADP")) {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }
}
