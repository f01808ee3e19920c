package org.textlens.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of speaker a description names: a document or a measurement ("the report", "polls",
 * "a new survey": statements it makes are {@link Statement.Kind#WRITTEN}), or a person the writer
 * keeps unnamed ("a senior official", "sources", "people familiar with the talks": the speaker is
 * {@link Statement.SpeakerStatus#ANONYMOUS}).
 */
final class SpeakerClasses {
    /** Heads of descriptions that name a text, a record or a measurement. */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "poll", "polls", "polling", "survey", "surveys", "study",
        "studies", "memo", "memos", "memorandum", "letter", "letters", "document", "documents", "data", "analysis", "analyses",
        "filing", "filings", "record", "records", "email", "emails", "e-mail", "book", "article", "editorial", "op-ed", "column",
        "transcript", "transcripts", "lawsuit", "suit", "complaint", "indictment", "audit", "review", "research", "figures",
        "numbers", "statistics", "census", "index", "estimate", "estimates", "assessment", "findings", "paper", "papers", "brief",
        "ruling", "decision", "order", "statement", "release", "cable", "cables", "tweet", "tweets", "post", "ad", "advertisement",
        "website", "platform", "bill", "law", "resolution", "draft", "plan", "proposal", "budget", "chart", "map", "model", "models",
        "forecast", "projection", "projections", "tally", "count", "results", "exit");
    /** Heads of descriptions of people who speak without being named. */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("official", "officials", "source", "sources", "person", "people",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insider", "insiders", "diplomat", "diplomats", "staffer",
        "staffers", "operative", "operatives", "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson",
        "someone", "associate", "associates", "confidant", "confidants");
    /** Heads that are unnamed without any determiner: "sources said", "people familiar with the talks said". */
    private static final Set<String> BARE_UNNAMED = Set.of("source", "sources", "someone", "person", "people");
    /** Words before such a head that keep it unnamed: "a", "one", "two", "several", "some" official(s). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four", "several", "some", "many", "other",
        "another", "few", "multiple", "various");

    private SpeakerClasses() {
    }

    /** Whether the description {@code phrase} (as written, determiners dropped) names a document or a measurement. */
    static boolean isDocument(String phrase) {
        return DOCUMENTS.contains(head(phrase));
    }

    /**
     * Whether the description {@code phrase}, preceded in the text by {@code before} (the word before
     * it, lower case, or ""), is a person the writer keeps unnamed: "a senior official", "two aides",
     * "sources close to the campaign", "people familiar with the talks". "The spokesman" refers to
     * someone, and "Ukrainian officials" is a group with a voice of its own: both are only described.
     */
    static boolean isAnonymous(String phrase, String before) {
        String head = head(phrase);
        if (!UNNAMED_PEOPLE.contains(head)) {
            return false;
        }
        boolean definite = Set.of("the", "his", "her", "their", "its", "our", "this", "these", "those").contains(before);
        return INDEFINITE.contains(before) || INDEFINITE.contains(first(phrase)) || BARE_UNNAMED.contains(head) && !definite;
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "today", "yesterday", "tonight");

    /** Whether a name is only a day or a month ("said Thursday" does not make Thursday a speaker). */
    static boolean isTimeWord(String name) {
        return TIME_WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static String head(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        int space = p.lastIndexOf(' ');
        return Names.bare(space < 0 ? p : p.substring(space + 1));
    }

    private static String first(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        int space = p.indexOf(' ');
        return space < 0 ? p : p.substring(0, space);
    }
}
