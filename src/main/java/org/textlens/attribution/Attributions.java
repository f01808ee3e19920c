package org.textlens.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Span;
import org.textlens.nlp.LemmaMemo;

/**
 * Finds the attributed statements of each document: quotations with their attribution, and
 * reported speech; then gives every speaker one name (titles dropped, surnames resolved to the
 * full name written earlier, "he"/"she" resolved to the last person named). Shared by every
 * analyser that needs to know who said what ({@code quotes}, and any that tells the outlet's own
 * words from quoted ones). Thread-safe.
 */
public final class Attributions {
    /** A quotation this long (in words) is taken for speech even with no attribution; shorter ones are terms or titles. */
    static final int MIN_UNATTRIBUTED_WORDS = 4;

    private final SpeechVerbs verbs;
    private final ThreadLocal<LemmaMemo> lemmas = ThreadLocal.withInitial(LemmaMemo::new);

    public Attributions(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /** The statements of {@code doc} in text order. */
    public List<Statement> find(AnnotatedDocument doc) {
        DocumentContext ctx = context(doc);
        return resolved(ctx, statements(ctx, true, ctx.quotes));
    }

    private static List<Statement> resolved(DocumentContext ctx, List<Statement> statements) {
        if (statements.stream().noneMatch(s -> s.speaker().isPresent())) {
            return statements; // no speaker to resolve: the index of people is not needed
        }
        return resolveSpeakers(ctx, statements, people(ctx, statements));
    }

    /**
     * The direct quotations of {@code doc} that hold one of {@code positions} (code points, ascending),
     * with their speakers, in text order, without looking for reported speech: much cheaper than
     * {@link #find}, since only the sentences around those quotations are tagged. For analysers that
     * only need to know whose words a passage is. A quotation that {@link #find} folds into a reported
     * statement is kept here as a quotation of its own; the quotations before one in its paragraph and
     * the one before are attributed too, since a quotation may continue the speaker of the last one.
     */
    public List<Statement> findDirect(AnnotatedDocument doc, int[] positions) {
        if (positions.length == 0) {
            return List.of();
        }
        DocumentContext ctx = context(doc);
        return resolved(ctx, statements(ctx, false, quotationsHolding(ctx, positions)));
    }

    /** The quotations that hold a position, and those before each in the same or the previous paragraph. */
    private static List<QuoteScanner.Quote> quotationsHolding(DocumentContext ctx, int[] positions) {
        List<QuoteScanner.Quote> quotes = ctx.quotes;
        boolean[] keep = new boolean[quotes.size()];
        int p = 0;
        for (int i = 0; i < quotes.size() && p < positions.length; i++) {
            QuoteScanner.Quote q = quotes.get(i);
            while (p < positions.length && positions[p] < q.contentStart()) {
                p++;
            }
            if (p < positions.length && positions[p] < q.contentEnd()) {
                keep[i] = true;
                int paragraph = ctx.paragraphOf(q.open());
                for (int j = i - 1; j >= 0 && !keep[j] && ctx.paragraphOf(quotes.get(j).end() - 1) >= paragraph - 1; j--) {
                    keep[j] = true;
                }
            }
        }
        List<QuoteScanner.Quote> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(quotes.get(i));
            }
        }
        return kept;
    }

    /**
     * What a document says about its people: its statements in text order with resolved speakers,
     * and the index of the people it names (for analysers that resolve names and pronouns of their own).
     */
    public record Voices(List<Statement> statements, PersonIndex people) {
    }

    /** The statements of {@code doc} and the people it names. */
    public Voices voices(AnnotatedDocument doc) {
        DocumentContext ctx = context(doc);
        List<Statement> statements = statements(ctx, true, ctx.quotes);
        PersonIndex people = people(ctx, statements);
        return new Voices(resolveSpeakers(ctx, statements, people), people);
    }

    private DocumentContext context(AnnotatedDocument doc) {
        return new DocumentContext(doc, verbs, lemmas.get());
    }

    private static PersonIndex people(DocumentContext ctx, List<Statement> statements) {
        List<Mention> named = new ArrayList<>();
        for (Statement s : statements) {
            s.speaker().filter(m -> m.kind() == Mention.Kind.NAME).ifPresent(named::add);
        }
        return new PersonIndex(ctx, named);
    }

    /**
     * The statements in text order, speakers as found (not yet resolved): the given quotations, and
     * with {@code withReported} reported speech.
     */
    private List<Statement> statements(DocumentContext ctx, boolean withReported, List<QuoteScanner.Quote> quotations) {
        List<Statement> statements = new ArrayList<>();
        Set<Integer> usedVerbs = new HashSet<>();
        List<DirectQuotes.Attributed> quotes = DirectQuotes.attribute(ctx, quotations);
        for (DirectQuotes.Attributed a : quotes) {
            a.attribution().ifPresent(at -> usedVerbs.add(at.verbStart()));
        }
        List<Statement> reported = new ArrayList<>();
        for (int s = 0; withReported && s < ctx.sentences.size(); s++) {
            if (ctx.isCandidate(s)) {
                reported.addAll(ReportedSpeech.find(ctx, s, usedVerbs));
            }
        }
        ReportedIndex index = new ReportedIndex(reported);
        Statement previous = null;
        List<Statement> direct = new ArrayList<>();
        List<DirectQuotes.Attributed> sources = new ArrayList<>();
        for (DirectQuotes.Attributed a : quotes) {
            QuoteScanner.Quote q = a.quote();
            if (index.covers(q.open(), q.end())) {
                continue; // a partial quotation inside reported speech belongs to it
            }
            int start = trimStart(ctx, q);
            int end = trimEnd(ctx, q);
            if (end <= start) {
                continue;
            }
            Optional<Mention> speaker = a.attribution().flatMap(Attribution::speaker);
            Optional<String> verb = a.attribution().map(Attribution::verb);
            Statement s = ctx.statement(start, end, speaker, verb, Statement.Kind.DIRECT);
            if (a.attribution().isEmpty()) {
                if (!looksLikeSpeech(s)) {
                    continue;
                }
                Statement before = previousOf(s, index, previous);
                if (before != null && ctx.paragraphOf(before.end()) >= ctx.paragraphOf(q.open()) - 1) {
                    // the next quotation of the same speaker; in the same paragraph it is under the same verb
                    boolean sameVerb = before.kind() == Statement.Kind.DIRECT && ctx.paragraphOf(before.end()) == ctx.paragraphOf(q.open());
                    s = s.withAttribution(before.speaker(), sameVerb ? before.verb() : Optional.empty());
                }
            }
            if (!direct.isEmpty() && continues(ctx, index, sources.get(sources.size() - 1), a)) {
                s = joined(ctx, direct.get(direct.size() - 1), s);
                direct.set(direct.size() - 1, s);
                sources.set(sources.size() - 1, new DirectQuotes.Attributed(q, sources.get(sources.size() - 1).attribution()));
            } else {
                direct.add(s);
                sources.add(a);
            }
            if (s.speaker().isPresent()) {
                previous = s; // a quotation without a speaker ("after hinting that "staff changes" could come") hands nothing on
            }
        }
        statements.addAll(direct);
        statements.addAll(reported);
        statements.sort(Comparator.comparingInt(Statement::start).thenComparingInt(Statement::end));
        return statements;
    }

    /**
     * Whether quotation {@code next} continues quotation {@code last} as one statement, interrupted
     * only by its attribution ("We will win," she said. "And we will rebuild.") or by nothing but
     * space ("…," "…"): in the same paragraph, {@code next} has no attribution of its own other
     * than the one between them, and opens in the sentence of that attribution or the next one.
     */
    private static boolean continues(DocumentContext ctx, ReportedIndex reported, DirectQuotes.Attributed last, DirectQuotes.Attributed next) {
        QuoteScanner.Quote q1 = last.quote();
        QuoteScanner.Quote q2 = next.quote();
        if (!q1.closed() || ctx.paragraphOf(q1.end()) != ctx.paragraphOf(q2.open()) || reported.startsWithin(q1.end(), q2.open())) {
            return false; // "…," she said, meaning that …. "…": the reported clause stands between two statements
        }
        if (onlySpaceBetween(ctx, q1.end(), q2.open())) {
            return next.attribution().isEmpty() && last.attribution().isPresent();
        }
        if (last.attribution().isEmpty()) {
            return false;
        }
        int verb = last.attribution().get().verbStart();
        if (verb < q1.end() || verb > q2.open()) {
            return false; // attributed before the first part: "Lund said: "…". "…"" are two statements
        }
        boolean sameAttribution = next.attribution().isEmpty() || next.attribution().get().verbStart() == verb;
        int verbSentence = ctx.sentenceAt(verb);
        int nextSentence = ctx.sentenceAt(q2.open());
        // the second part goes on in the attribution's sentence, or opens the next one ("…," she said. "…"), not after a colon
        boolean adjacent = nextSentence == verbSentence
            || nextSentence == verbSentence + 1 && ctx.words(nextSentence).start[0] == q2.open();
        return sameAttribution && adjacent && !DirectQuotes.introducedByColon(ctx, q2) && onlyAttributionAfter(ctx, verbSentence, verb, q2.open());
    }

    /**
     * Whether the words after the attribution verb up to {@code until} only complete the attribution
     * (speaker, addressee, time, place: "she said on Tuesday"), with no clause of their own ("she said,
     * referring to …", "Ebeling said, and her husband cut in", "said Sosa, who said he would …").
     */
    private static boolean onlyAttributionAfter(DocumentContext ctx, int sentence, int verb, int until) {
        Words w = ctx.tagged(sentence);
        for (int i = w.indexAt(verb) + 1; i < w.n && w.start[i] < until; i++) {
            boolean afterComma = w.isPunct(i - 1, ",");
            if (afterComma && (w.is(i, "and") || w.is(i, "but"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceBetween(DocumentContext ctx, int from, int to) {
        int[] cp = ctx.text.cp();
        for (int i = from; i < to; i++) {
            if (!QuoteScanner.isSpace(cp[i])) {
                return false;
            }
        }
        return true;
    }

    /** One statement from the first part's start to the second part's end; its words are those of the parts. */
    private static Statement joined(DocumentContext ctx, Statement first, Statement second) {
        Statement whole = ctx.statement(first.start(), second.end(), first.speaker(), first.verb(), Statement.Kind.DIRECT);
        // a third part only follows the second across space, so the attribution stays the one interruption
        Span interruption = first.interruption().orElse(new Span(first.end(), second.start()));
        return new Statement(whole.sentence(), whole.start(), whole.end(), first.speaker(), first.verb(), Statement.Kind.DIRECT,
            whole.text(), first.words() + second.words(), first.speakerStatus(), Optional.of(interruption));
    }

    /** The content's start without the space French typography puts inside « ». */
    private static int trimStart(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int start = q.contentStart();
        while (start < q.contentEnd() && QuoteScanner.isSpace(cp[start])) {
            start++;
        }
        return start;
    }

    /** The content's end without the comma or dash that only leads into the attribution ("We will win,"). */
    private static int trimEnd(DocumentContext ctx, QuoteScanner.Quote q) {
        int[] cp = ctx.text.cp();
        int end = q.contentEnd();
        while (end > q.contentStart() && (QuoteScanner.isSpace(cp[end - 1]) || cp[end - 1] == ',' || cp[end - 1] == '\u2014'
            || cp[end - 1] == '\u2013')) {
            end--;
        }
        int start = q.contentStart();
        return end > start ? end : start;
    }

    /** An unattributed quotation counts when it is long or ends like a sentence; "outgrowth" and titles do not. */
    private static boolean looksLikeSpeech(Statement s) {
        if (s.words() >= MIN_UNATTRIBUTED_WORDS) {
            return true;
        }
        String t = s.text().strip();
        return s.words() >= 2 && !t.isEmpty() && ".!?\u2026".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The statement just before {@code s} among the direct one before it and the reported ones. */
    private static Statement previousOf(Statement s, ReportedIndex reported, Statement lastDirect) {
        Statement best = lastDirect != null && lastDirect.speaker().isPresent() ? lastDirect : null;
        Statement r = reported.lastEndingBy(s.start());
        return r != null && (best == null || r.end() > best.end()) ? r : best;
    }

    /**
     * Gives every speaker one name, and every statement its speaker status: names to their full
     * form, "he"/"she" to the person named last; descriptions of documents make a statement
     * {@code written}; people the text keeps unnamed ("a senior official") leave the speaker empty.
     */
    private static List<Statement> resolveSpeakers(DocumentContext ctx, List<Statement> statements, PersonIndex people) {
        List<Statement> resolved = new ArrayList<>(statements.size());
        OrganisationIndex organisations = new OrganisationIndex(ctx);
        for (Statement s : statements) {
            if (s.speaker().isEmpty()) {
                resolved.add(s);
                continue;
            }
            Mention m = s.speaker().get();
            Statement r = switch (m.kind()) {
                case NAME -> SpeakerClasses.isTimeWord(m.text()) ? s.withSpeaker(Optional.empty(), Statement.SpeakerStatus.UNRESOLVED)
                    : s.withSpeaker(Optional.of(people.canonical(m)), Statement.SpeakerStatus.RESOLVED);
                case PRONOUN -> {
                    Optional<Mention> named = isPersonalPronoun(m) ? people.resolve(m.start()) : organisations.pronoun(m);
                    yield named.isPresent() ? s.withSpeaker(named, Statement.SpeakerStatus.RESOLVED)
                        : s.withSpeaker(Optional.of(m), Statement.SpeakerStatus.PRONOUN);
                }
                case NOUN_PHRASE -> {
                    if (SpeakerClasses.isAnonymous(m.text(), ctx.wordBefore(m.start()))) {
                        yield s.withSpeaker(Optional.empty(), Statement.SpeakerStatus.ANONYMOUS);
                    }
                    Optional<Mention> named = organisations.describedBy(m);
                    yield named.isPresent() ? s.withSpeaker(named, Statement.SpeakerStatus.RESOLVED)
                        : s.withSpeaker(Optional.of(m), Statement.SpeakerStatus.DESCRIBED);
                }
            };
            if ((r.kind() == Statement.Kind.INDIRECT || r.kind() == Statement.Kind.ACCORDING_TO)
                && m.kind() != Mention.Kind.PRONOUN && SpeakerClasses.isDocument(m.text())) {
                r = r.withKind(Statement.Kind.WRITTEN);
            }
            resolved.add(r);
        }
        return resolved;
    }

    private static boolean isPersonalPronoun(Mention m) {
        String p = m.text().toLowerCase(java.util.Locale.ROOT);
        return p.equals("he") || p.equals("she");
    }

}
