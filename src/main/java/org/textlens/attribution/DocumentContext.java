package org.textlens.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.textlens.lexicon.PhraseMatcher;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.LemmaMemo;
import org.textlens.nlp.Sentence;
import org.textlens.nlp.TokenKind;

/**
 * One document as the statement finders see it: its code points, its quotations, and its
 * sentences as {@link Words}, tagged only when they hold a quote mark or a speech-verb candidate
 * (tagging is most of the cost, and most sentences report nothing).
 */
final class DocumentContext {
    final AnnotatedDocument doc;
    final DocText text;
    final List<QuoteScanner.Quote> quotes;
    final List<Sentence> sentences;
    final SpeechVerbs verbs;
    final SpeakerFinder speakers = new SpeakerFinder(this::isKnownName);
    private final Words[] words;
    private final LemmaMemo lemmas;
    private Set<String> lowerCase;
    private int[] paragraphStarts;
    private Set<String> capitalisedInside;

    DocumentContext(AnnotatedDocument doc, SpeechVerbs verbs, LemmaMemo lemmas) {
        this.doc = doc;
        this.text = DocText.of(doc.doc().text());
        this.quotes = hasQuoteMark(doc.doc().text()) ? QuoteScanner.scan(text.cp()) : List.of();
        this.sentences = doc.sentences();
        this.verbs = verbs;
        this.lemmas = lemmas;
        this.words = new Words[sentences.size()];
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QuoteScanner.isQuoteMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of sentence {@code i}, untagged unless {@link #tagged} was asked for it. */
    Words words(int i) {
        if (words[i] == null) {
            words[i] = new Words(sentences.get(i), lemmas);
        }
        return words[i];
    }

    /** The words of sentence {@code i}, tagged. */
    Words tagged(int i) {
        Words w = words(i);
        w.tag(this::isWrittenInLowerCase);
        return w;
    }

    /** Whether sentence {@code i} may hold a statement: a quote mark, or a word that may start a speech verb. */
    boolean isCandidate(int i) {
        Sentence s = sentences.get(i);
        int last = lastQuoteOpeningAtOrBefore(s.span().end() - 1);
        if (last >= 0) {
            QuoteScanner.Quote q = quotes.get(last);
            if (q.open() >= s.span().start() || q.closed() && q.close() >= s.span().start()) {
                return true; // a quotation opens or closes here: its attribution may stand here
            }
        }
        for (var t : s.tokens()) {
            if (t.kind() == TokenKind.WORD && verbs.startsWith(lemmas.lemma(t.norm().toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document writes {@code lower} in lower case somewhere (so a capitalised sentence opener is no name). */
    boolean isWrittenInLowerCase(String lower) {
        if (lowerCase == null) {
            lowerCase = new HashSet<>();
            for (Sentence s : sentences) {
                for (org.textlens.nlp.Token t : s.tokens()) {
                    if (t.kind() == TokenKind.WORD && Character.isLowerCase(t.text().codePointAt(0))) {
                        lowerCase.add(t.text());
                    }
                }
            }
        }
        return lowerCase.contains(lower);
    }

    /** Whether {@code word} stands capitalised inside some sentence of the document (not as its first word). */
    boolean isKnownName(String word) {
        if (capitalisedInside == null) {
            capitalisedInside = new HashSet<>();
            for (Sentence s : sentences) {
                List<org.textlens.nlp.Token> tokens = s.tokens();
                boolean first = true;
                for (org.textlens.nlp.Token t : tokens) {
                    if (t.kind() != TokenKind.WORD) {
                        continue;
                    }
                    if (!first && Character.isUpperCase(t.text().codePointAt(0))) {
                        capitalisedInside.add(t.text());
                    }
                    first = false;
                }
            }
        }
        return capitalisedInside.contains(word);
    }

    /** The sentence containing code point {@code at} (the last one starting at or before it). */
    int sentenceAt(int at) {
        return Sentence.indexAt(sentences, at);
    }

    /** The quotation whose content contains code point {@code at}, if any. */
    Optional<QuoteScanner.Quote> quoteAround(int at) {
        int i = lastQuoteOpeningAtOrBefore(at);
        return i >= 0 && at < quotes.get(i).end() ? Optional.of(quotes.get(i)) : Optional.empty();
    }

    /** Quotations do not overlap and are in text order, so a binary search finds the one that may hold {@code at}. */
    private int lastQuoteOpeningAtOrBefore(int at) {
        int lo = 0;
        int hi = quotes.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int paragraphOf(int at) {
        if (paragraphStarts == null) {
            paragraphStarts = TextBreaks.paragraphStarts(text.cp());
        }
        return TextBreaks.paragraphOf(paragraphStarts, at);
    }

    /** The lexicon entry starting at token {@code i}, whatever its word class there. */
    Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> lexiconVerbAt(Words w, int i) {
        if (w.kind[i] != TokenKind.WORD || !verbs.startsWith(w.lemma[i])) {
            return Optional.empty();
        }
        return verbs.at(java.util.Arrays.asList(w.lemma), i);
    }

    /** The speech verb starting at token {@code i} of a tagged sentence, if it is used as a verb there. */
    Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> speechVerbAt(Words w, int i) {
        if (w.kind[i] != TokenKind.WORD || !verbs.startsWith(w.lemma[i])) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match<SpeechVerbs.Verb>> m = verbs.at(java.util.Arrays.asList(w.lemma), i);
        if (m.isEmpty()) {
            return m;
        }
        if (m.get().value().complement() == SpeechVerbs.Complement.SOURCE) {
            return m;
        }
        if (m.get().value().complement() == SpeechVerbs.Complement.IMPRESSION) {
            // "seems", "appeared": verbs whatever the word classes say; not "to appear on television"
            return w.is(i - 1, "to") || w.capitalised(i) && i > SpeakerFinder.firstWord(w) ? Optional.empty() : m;
        }
        String tag = w.tag(i);
        int after = i + m.get().length();
        boolean verbal = tag.equals("VERB")
            || !tag.equals("PROPN") && w.is(after, "that") && !isDeterminerBefore(w, i);
        if (!verbal || w.is(i - 1, "to") || isPassive(w, i) || w.capitalised(i) && i > SpeakerFinder.firstWord(w)) {
            return Optional.empty();
        }
        return m;
    }

    private static boolean isDeterminerBefore(Words w, int i) {
        return i > 0 && (w.tag(i - 1).equals("DET") || w.tag(i - 1).equals("ADJ") || w.tag(i - 1).equals("PRON")
            || w.lower[i - 1].endsWith("'s"));
    }

    private static boolean isPassive(Words w, int i) {
        if (w.lower[i].endsWith("ing")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && w.kind[j] == TokenKind.WORD && (w.tag(j).equals("ADV") || w.is(j, "not"))) {
            j--;
        }
        return j >= 0 && List.of("was", "were", "been", "being", "is", "are", "be", "get", "got").contains(w.lower[j]);
    }

    /** The word (lower case) that ends before code point {@code at}, skipping spaces; "" when none. */
    String wordBefore(int at) {
        int[] cp = text.cp();
        int end = at;
        while (end > 0 && QuoteScanner.isSpace(cp[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(cp[start - 1])) {
            start--;
        }
        return text.slice(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The statement's text and word count, for {@code [start, end)} in code points. */
    Statement statement(int start, int end, Optional<Mention> speaker, Optional<String> verb, Statement.Kind kind) {
        int sentence = sentenceAt(start);
        int count = 0;
        boolean inWord = false;
        int[] cp = text.cp();
        for (int i = start; i < end; i++) {
            boolean wordChar = Character.isLetterOrDigit(cp[i]) || inWord && (cp[i] == '\'' || cp[i] == '\u2019' || cp[i] == '-');
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return new Statement(sentence, start, end, speaker, verb, kind, text.slice(start, end), count);
    }

}
